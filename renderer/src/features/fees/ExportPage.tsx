// Export to the accountant: the matched payments of a period as SIE 4 (one voucher each) and as
// CSV. Unmatched payments stay out until the treasurer knows what they are.
import { useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { TextField } from '../../ui/Field';
import { useLive } from '../../db/useLive';
import { saveFile } from '../../platform/files';
import { DEFAULT_ACCOUNTS, paymentsCsv, paymentsInPeriod, sieInput, type ExportPayment } from '../../domain/fees/accounting';
import { exportSie4 } from '../../domain/fees/sie';
import { formatKronor } from '../../domain/fees/money';
import { addDays } from '../../domain/fees/schedule';
import type { OrgProfile } from '../../domain/org/profile';
import { messages } from './messages';
import { today, useFeeRepos, usePayments, useProfile } from './data';

export function fiscalYear(year: number, start: string | undefined): { start: string; end: string } {
  const mmdd = /^\d{2}-\d{2}$/.test(start ?? '') ? start! : '01-01';
  const first = `${year}-${mmdd}`;
  return { start: first, end: addDays(`${year + 1}-${mmdd}`, -1) };
}

export function ExportPage({ year }: { year: number }) {
  const profile = useProfile();
  // The period starts from the fiscal year, which is known once the profile is read.
  return <ExportForm key={`${year}-${profile?.fiscalYearStart ?? ''}`} year={year} profile={profile} />;
}

function ExportForm({ year, profile }: { year: number; profile: OrgProfile | undefined }) {
  const t = useMessages(messages);
  const lang = useLang();
  const repos = useFeeRepos();
  const payments = usePayments();
  const { value: invoices } = useLive(() => repos.invoices.list(), [repos]);
  const fy = fiscalYear(year, profile?.fiscalYearStart);
  const [from, setFrom] = useState(fy.start);
  const [to, setTo] = useState(fy.end);
  const [bank, setBank] = useState(DEFAULT_ACCOUNTS.bankAccount);
  const [income, setIncome] = useState(DEFAULT_ACCOUNTS.incomeAccount);
  const [error, setError] = useState('');

  if (!payments || !invoices) return <p className="muted">{t('loading')}</p>;
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const rows: ExportPayment[] = paymentsInPeriod(payments.filter((p) => p.invoiceId), from, to).map((p) => {
    const inv = byId.get(p.invoiceId!);
    return { date: p.date, amountOre: p.amountOre, reference: p.reference, method: p.method, invoiceNumber: inv?.invoiceNumber, memberName: inv?.memberName };
  });
  const sum = rows.reduce((s, r) => s + r.amountOre, 0);
  const accountError = (a: string) => (/^\d{4}$/.test(a) ? undefined : t('export.account'));

  function exportAs(kind: 'sie' | 'csv') {
    return (e?: FormEvent) => {
      e?.preventDefault();
      setError('');
      if (accountError(bank) || accountError(income)) return;
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
        <TextField label={t('export.bank')} inputMode="numeric" value={bank} error={accountError(bank)} onChange={(e) => setBank(e.target.value.trim())} />
        <TextField label={t('export.income')} inputMode="numeric" value={income} error={accountError(income)} onChange={(e) => setIncome(e.target.value.trim())} />
      </div>
      <p>{t('export.count', { n: rows.length, sum: formatKronor(sum, lang) })}</p>
      {error && <p role="alert" className="text-error">{error}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={rows.length === 0}>{t('export.sie')}</button>
        <button type="button" className="button" disabled={rows.length === 0} onClick={() => exportAs('csv')()}>{t('export.csv')}</button>
      </div>
    </form>
  );
}
