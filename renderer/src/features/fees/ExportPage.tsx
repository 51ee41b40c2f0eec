// Export to the accountant: the matched payments of a period as SIE 4 (one voucher each) and as
// CSV. Unmatched payments stay out until the treasurer knows what they are, and so do surpluses
// carried between invoices (no money moved). The two BAS accounts are the association's choice,
// made once: they are kept in its profile, which syncs to the rest of the board.
import { useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { TextField } from '../../ui/Field';
import { useLive } from '../../db/useLive';
import { saveFile } from '../../platform/files';
import { accountsFrom, checkBasAccount, paymentsCsv, paymentsInPeriod, sieInput, type ExportPayment } from '../../domain/fees/accounting';
import { isBookable } from '../../domain/fees/overpayment';
import { useApp } from '../../ui/appContext';
import { exportSie4 } from '../../domain/fees/sie';
import { formatKronor } from '../../domain/fees/money';
import { addDays } from '../../domain/fees/schedule';
import type { OrgProfile } from '../../domain/org/profile';
import { messages } from './messages';
import { today, useFeeRepos, usePayments, useProfileState } from './data';

export function fiscalYear(year: number, start: string | undefined): { start: string; end: string } {
  const mmdd = /^\d{2}-\d{2}$/.test(start ?? '') ? start! : '01-01';
  const first = `${year}-${mmdd}`;
  return { start: first, end: addDays(`${year + 1}-${mmdd}`, -1) };
}

export function ExportPage({ year }: { year: number }) {
  const profile = useProfileState();
  const t = useMessages(messages);
  // The period and the accounts start from the profile, so the form waits until it is read.
  if (profile === undefined) return <p className="muted">{t('loading')}</p>;
  return <ExportForm key={`${year}-${profile?.fiscalYearStart ?? ''}`} year={year} profile={profile ?? undefined} />;
}

function ExportForm({ year, profile }: { year: number; profile: OrgProfile | undefined }) {
  const t = useMessages(messages);
  const lang = useLang();
  const repos = useFeeRepos();
  const { repos: app } = useApp();
  const payments = usePayments();
  const { value: invoices } = useLive(() => repos.invoices.list(), [repos]);
  const fy = fiscalYear(year, profile?.fiscalYearStart);
  const [from, setFrom] = useState(fy.start);
  const [to, setTo] = useState(fy.end);
  const [bank, setBank] = useState(() => accountsFrom(profile).bankAccount);
  const [income, setIncome] = useState(() => accountsFrom(profile).incomeAccount);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  if (!payments || !invoices) return <p className="muted">{t('loading')}</p>;
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const rows: ExportPayment[] = paymentsInPeriod(payments.filter((p) => p.invoiceId && isBookable(p)), from, to).map((p) => {
    const inv = byId.get(p.invoiceId!);
    return { date: p.date, amountOre: p.amountOre, reference: p.reference, method: p.method, purpose: p.purpose, invoiceNumber: inv?.invoiceNumber, memberName: inv?.memberName };
  });
  const sum = rows.reduce((s, r) => s + r.amountOre, 0);
  const problem = { format: t('export.account'), bankClass: t('export.bankClass'), incomeClass: t('export.incomeClass') } as const;
  const accountError = (kind: 'bank' | 'income', a: string) => {
    const p = checkBasAccount(kind, a);
    return p ? problem[p] : undefined;
  };

  /** Keeps valid accounts in the profile for the whole board; an invalid one is only shown. */
  async function keepAccounts() {
    if (accountError('bank', bank) || accountError('income', income)) return;
    if (profile?.bankAccount === bank && profile?.feeIncomeAccount === income) return;
    const base = profile ?? ({} as OrgProfile);
    await app.profile.save({ ...base, bankAccount: bank, feeIncomeAccount: income }, base);
    setSaved(t('export.accountsSaved'));
  }

  function exportAs(kind: 'sie' | 'csv') {
    return (e?: FormEvent) => {
      e?.preventDefault();
      setError('');
      if (accountError('bank', bank) || accountError('income', income)) return;
      void keepAccounts();
      const accounts = { bankAccount: bank, incomeAccount: income };
      try {
        if (kind === 'csv') {
          saveFile(`medlemsavgifter-${from}-${to}.csv`, paymentsCsv(rows, accounts), 'text/csv;charset=utf-8');
        } else {
          // The fiscal year the period falls in; a period across two years is refused by exportSie4.
          const bytes = exportSie4(sieInput({ name: profile?.name || 'Föreningen', organisationNumber: profile?.organisationNumber }, fiscalYear(Number(from.slice(0, 4)), profile?.fiscalYearStart), today(), rows, accounts));
          saveFile(`medlemsavgifter-${from}-${to}.se`, bytes, 'application/octet-stream');
        }
      } catch (err) {
        setError(t('export.error', { message: err instanceof Error ? err.message : String(err) }));
      }
    };
  }

  return (
    <form className="card" onSubmit={exportAs('sie')} noValidate aria-labelledby="fees-export-title">
      <h2 id="fees-export-title">{t('export.title')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <div className="fees-form">
        <TextField label={t('export.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t('export.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <TextField label={t('export.bank')} inputMode="numeric" value={bank} error={accountError('bank', bank)} onBlur={() => void keepAccounts()} onChange={(e) => { setBank(e.target.value.trim()); setSaved(''); }} />
        <TextField label={t('export.income')} inputMode="numeric" value={income} error={accountError('income', income)} onBlur={() => void keepAccounts()} onChange={(e) => { setIncome(e.target.value.trim()); setSaved(''); }} />
      </div>
      <p className="small muted" role="status">{saved || t('export.accountsHint')}</p>
      <p>{t('export.count', { n: rows.length, sum: formatKronor(sum, lang) })}</p>
      {error && <p role="alert" className="text-error">{error}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={rows.length === 0}>{t('export.sie')}</button>
        <button type="button" className="button" disabled={rows.length === 0} onClick={() => exportAs('csv')()}>{t('export.csv')}</button>
      </div>
    </form>
  );
}
