// Reading the bank's BgMax file: every payment is shown with what it matched, and nothing is
// registered until the treasurer confirms. Payments already read (same import key) are skipped.
// A file with errors needs one more, explicit step: "only the valid payments", with their count
// and sum, so a truncated file is never half-registered by a hurried click.
import { useState, type ChangeEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { parseBgMaxFile } from '../../domain/fees/bgmax';
import { decodeBankFile, mayRegister, reviewImport } from '../../domain/fees/bgmaxReview';
import { matchBgMax, type MatchKind, type MatchRow } from '../../domain/fees/matching';
import { formatKronor } from '../../domain/fees/money';
import { paidByInvoice, type Payment } from '../../domain/fees/payments';
import { messages } from './messages';
import { useFeeRepos } from './data';

const ORDER: MatchKind[] = ['unknownReference', 'wrongAmount', 'alreadyPaid', 'matched', 'alreadyImported'];

type Read = { name: string; rows: MatchRow[]; errors: string[] };

export function BgMaxImport() {
  const t = useMessages(messages);
  const lang = useLang();
  const repos = useFeeRepos();
  const [read, setRead] = useState<Read>();
  const [fatal, setFatal] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [validOnly, setValidOnly] = useState(false);

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    setRead(undefined);
    setFatal('');
    setNote('');
    setValidOnly(false);
    if (!file) return;
    const decoded = decodeBankFile(new Uint8Array(await file.arrayBuffer()));
    const parsed = parseBgMaxFile(decoded.text);
    const errors = decoded.note ? [decoded.note, ...parsed.errors] : parsed.errors;
    if (parsed.entries.length === 0 && errors.length > 0) {
      setFatal([t('bgmax.notBgMax', { name: file.name }), ...errors.slice(0, 5)].join(' '));
      return;
    }
    const invoices = (await repos.invoices.list()).map((i) => ({ id: i.id, ocr: i.ocr, amountOre: i.amountOre, status: i.status, invoiceNumber: i.invoiceNumber, memberName: i.memberName }));
    const payments = await repos.payments.list();
    const rows = matchBgMax(parsed.entries, invoices, paidByInvoice(payments), await repos.payments.importedKeys());
    setRead({ name: file.name, rows, errors });
  }

  const review = reviewImport(read?.rows ?? [], read?.errors ?? []);
  const fresh = review.fresh;

  async function confirm() {
    if (!read || !mayRegister(review, validOnly)) return;
    setBusy(true);
    const payments: Payment[] = fresh.map((r) => ({
      invoiceId: r.kind === 'unknownReference' ? undefined : r.invoice?.id,
      date: r.entry.paymentDate,
      amountOre: r.entry.amountOre,
      method: 'bankgiro',
      reference: r.entry.reference,
      payerName: r.entry.payerName,
      importKey: r.importKey,
    }));
    const n = await repos.payments.registerImported(payments);
    setBusy(false);
    setRead(undefined);
    setValidOnly(false);
    setNote(n > 0 ? t('bgmax.done', { n }) : t('bgmax.nothing'));
  }

  function cancel() {
    setRead(undefined);
    setValidOnly(false);
    setNote(t('bgmax.cancelled'));
  }

  const total = read?.rows.reduce((s, r) => s + r.entry.amountOre, 0) ?? 0;
  // The doubtful first: they are what the treasurer has to look at.
  const sorted = [...(read?.rows ?? [])].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const counts = ORDER.map((k) => [k, read?.rows.filter((r) => r.kind === k).length ?? 0] as const).filter(([, n]) => n > 0);
  return (
    <div className="card">
      <h2>{t('bgmax.title')}</h2>
      <p className="muted">{t('bgmax.intro')}</p>
      <div className="field">
        <label htmlFor="fees-bgmax-file">{t('bgmax.file')}</label>
        <input id="fees-bgmax-file" type="file" accept=".txt,.bgm,.bgmax,text/plain" onChange={(e) => void pick(e)} />
      </div>
      {fatal && <p role="alert" className="fees-errors">{fatal}</p>}
      <p role="status" className="muted">{note}</p>
      {read && (
        <>
          {read.errors.length > 0 && (
            <div role="alert" className="fees-errors">
              {t('bgmax.errors')}
              <ul>{read.errors.map((e) => <li key={e}>{e}</li>)}</ul>
            </div>
          )}
          <p>{t('bgmax.summary', { n: read.rows.length, sum: formatKronor(total, lang) })}</p>
          <p className="fees-actions">
            {counts.map(([k, n]) => <span key={k} className={`fees-badge fees-badge--${k}`}>{t(`bgmax.kind.${k}`)}: {n}</span>)}
          </p>
          <div className="fees-scroll">
          <table className="fees-table" aria-label={read.name}>
            <thead><tr><th>{t('col.result')}</th><th>{t('col.date')}</th><th className="fees-num">{t('col.reference')}</th><th>{t('col.payer')}</th><th className="fees-num">{t('col.amount')}</th><th>{t('col.invoice')}</th></tr></thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.importKey}>
                  <td><span className={`fees-badge fees-badge--${r.kind}`}>{t(`bgmax.kind.${r.kind}`)}</span></td>
                  <td>{r.entry.paymentDate}</td>
                  <td className="fees-num">{r.entry.reference}</td>
                  <td className="fees-wrap">{r.entry.payerName}</td>
                  <td className="fees-num">{formatKronor(r.entry.amountOre, lang)}</td>
                  <td className="fees-wrap">
                    {r.invoice ? `${r.invoice.invoiceNumber} ${r.invoice.memberName}` : ''}
                    {r.kind === 'wrongAmount' && r.invoice && <span className="small muted"> · {t('bgmax.expected', { amount: formatKronor(r.invoice.amountOre, lang) })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table></div>
          <p className="small muted">{t('bgmax.confirmHint')}</p>
          {review.needsConfirmation && fresh.length > 0 && (
            <label className="fees-check fees-confirm">
              <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
              {t('bgmax.validOnlyCheck', { errors: read.errors.length })}
            </label>
          )}
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={busy || !mayRegister(review, validOnly)} onClick={() => void confirm()}>
              {review.needsConfirmation
                ? t('bgmax.confirmValid', { n: review.count, sum: formatKronor(review.sumOre, lang) })
                : t('bgmax.confirm', { n: fresh.length })}
            </button>
            {review.needsConfirmation && <button type="button" className="button" onClick={cancel}>{t('bgmax.cancel')}</button>}
            {fresh.length === 0 && <span className="muted">{t('bgmax.nothing')}</span>}
          </div>
        </>
      )}
    </div>
  );
}
