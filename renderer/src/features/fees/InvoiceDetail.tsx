// One invoice: its PDF, its payments (append-only; a wrong one is reversed), a payment registered
// by hand, a surplus paid back or carried on, and crediting with a credit note.
import { useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import { SelectField, TextField } from '../../ui/Field';
import { useLive } from '../../db/useLive';
import { formatKronor, parseKronor } from '../../domain/fees/money';
import { creditNoteNumber, invoiceStatus } from '../../domain/fees/invoicing';
import { carriedInto, surplusOre } from '../../domain/fees/overpayment';
import { isValidOcrReference } from '../../domain/fees/ocr';
import { PAYMENT_METHODS, reversedIds, type PaymentMethod } from '../../domain/fees/payments';
import { messages } from './messages';
import { today, useFeeRepos, usePayments, useProfile } from './data';
import { StatusBadge } from './InvoicesPage';
import { downloadCreditNote, downloadInvoicePdf, singleFileName, type PdfJob } from './pdf';
import { surplusMessages } from './surplusMessages';
import { SurplusPanel } from './SurplusPanel';
import { CreditDialog } from './CreditDialog';

export function InvoiceDetail({ id }: { id: string }) {
  const t = useMessages(messages);
  const ts = useMessages(surplusMessages);
  const lang = useLang();
  const money = (ore: number) => formatKronor(ore, lang);
  const repos = useFeeRepos();
  const { value: invoice, loading } = useLive(() => repos.invoices.get(id), [repos, id]);
  const { value: member } = useLive(async () => (invoice ? repos.members.get(invoice.memberId) : undefined), [repos, invoice?.memberId]);
  const all = usePayments();
  const profile = useProfile();
  const [date, setDate] = useState(today());
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('bankgiro');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; date?: string; reference?: string }>();
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const [crediting, setCrediting] = useState(false);

  if (loading || !all) return <p className="muted">{t('loading')}</p>;
  if (!invoice) return <p className="card">{t('detail.notFound')} <a href={hrefFor('fees')}>{t('detail.back')}</a></p>;

  const payments = all.filter((p) => p.invoiceId === invoice.id);
  const reversed = reversedIds(payments);
  const paid = payments.reduce((s, p) => s + p.amountOre, 0);
  const status = invoiceStatus(invoice, paid, today());
  const surplus = surplusOre(invoice, paid);

  async function register(e: FormEvent) {
    e.preventDefault();
    const ore = parseKronor(amount);
    const found = {
      amount: ore === null || ore <= 0 ? t('error.amount') : undefined,
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? undefined : t('error.date'),
      // A reference of digits only is taken for an OCR number, so its check digit must hold.
      reference: /^[\d ]+$/.test(reference.trim()) && !isValidOcrReference(reference.replace(/\s/g, '')) ? t('error.ocr') : undefined,
    };
    setErrors(found);
    if (found.amount || found.date || found.reference || ore === null) return;
    await repos.payments.create({ invoiceId: invoice!.id, date, amountOre: ore, method, reference: reference.trim() || invoice!.ocr });
    setAmount('');
    setReference('');
    setNote({ text: t('detail.saved') });
  }

  async function credit(reason: 'left' | 'mistake') {
    await repos.invoices.credit(invoice!.id, today(), reason);
    setCrediting(false);
    setNote({ text: ts('credit.done') });
  }

  async function pdf(make: () => Promise<void>) {
    try {
      await make();
    } catch (err) {
      setNote({ text: t('error.pdf', { message: err instanceof Error ? err.message : String(err) }), error: true });
    }
  }
  const job: PdfJob = { kind: 'invoice', invoice, member, carriedIn: carriedInto(invoice.id, all) };

  return (
    <>
      <a href={hrefFor('fees')}>{t('detail.back')}</a>
      <div className="card">
        <h2>{t('detail.title', { number: invoice.invoiceNumber })} <StatusBadge status={status} /></h2>
        <dl className="facts">
          <dt>{t('col.member')}</dt><dd>{invoice.memberName} ({invoice.memberNumber})</dd>
          <dt>{t('col.ocr')}</dt><dd>{invoice.ocr}</dd>
          <dt>{t('col.amount')}</dt><dd>{money(invoice.amountOre)}</dd>
          <dt>{t('col.due')}</dt><dd>{invoice.dueDate}</dd>
          <dt>{t('col.paid')}</dt><dd>{money(paid)}</dd>
          {surplus > 0 && <><dt>{ts('surplus.overview')}</dt><dd className="fees-overpaid">{money(surplus)}</dd></>}
          {invoice.creditedDate && <><dt>{t('status.credited')}</dt><dd>{ts('credit.number', { number: creditNoteNumber(invoice.invoiceNumber), date: invoice.creditedDate })}</dd></>}
          {invoice.reminderCount > 0 && <><dt>{t('col.reminders')}</dt><dd>{invoice.reminderCount}</dd></>}
        </dl>
        {status !== 'credited' && paid < invoice.amountOre && <p>{t('detail.left', { amount: money(invoice.amountOre - paid) })}</p>}
        <div className="fees-actions">
          {status !== 'credited' ? (
            <>
              <button type="button" className="button" onClick={() => void pdf(() => downloadInvoicePdf(profile, [job], singleFileName(job)))}>{ts('invoice.pdf')}</button>
              <button type="button" className="button button--quiet" onClick={() => setCrediting(true)}>{t('detail.credit')}</button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => void pdf(() => downloadCreditNote(profile, invoice, member, today()))}>{ts('credit.pdf')}</button>
          )}
        </div>
        <p role="status" className={note?.error ? 'text-error' : 'muted'}>{note?.text}</p>
      </div>

      <CreditDialog invoice={invoice} paidOre={paid} open={crediting} onClose={() => setCrediting(false)} onCredit={credit} />
      <SurplusPanel invoice={invoice} payments={all} />

      <h2>{t('detail.payments')}</h2>
      {payments.length === 0 ? <p className="muted">{t('detail.noPayments')}</p> : (
        <table className="fees-table">
          <thead><tr><th>{t('col.date')}</th><th className="fees-num">{t('col.amount')}</th><th>{t('detail.method')}</th><th>{t('col.reference')}</th><th /></tr></thead>
          <tbody>
            {payments.map((p) => (
              <tr key={p.id}>
                <td>{p.date}</td>
                <td className="fees-num">{money(p.amountOre)}</td>
                <td>{t(`method.${p.method}`)}</td>
                <td>{p.reversesId ? t('detail.reversal') : p.reference}</td>
                <td>
                  {p.reversesId ? null : reversed.has(p.id) ? <span className="muted small">{t('detail.reversed')}</span> : (
                    <button type="button" className="button button--quiet"
                      onClick={() => void (p.purpose === 'carryOut' || p.purpose === 'carryIn' ? repos.payments.reverseCarry(p.id, today()) : repos.payments.reverse(p.id, today()))}>
                      {t('detail.reverse')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {status !== 'credited' && (
        <form className="card" onSubmit={register} noValidate aria-labelledby="fees-register-title">
          <h3 id="fees-register-title">{t('detail.register')}</h3>
          <div className="fees-form">
            <TextField label={t('detail.date')} type="date" value={date} error={errors?.date} onChange={(e) => setDate(e.target.value)} />
            <TextField label={t('detail.amount')} inputMode="decimal" value={amount} error={errors?.amount} onChange={(e) => { setAmount(e.target.value); setNote(undefined); }} />
            <SelectField label={t('detail.method')} value={method} onChange={(v) => setMethod(v as PaymentMethod)} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} />
            <TextField label={t('detail.reference')} value={reference} placeholder={invoice.ocr} error={errors?.reference} onChange={(e) => setReference(e.target.value)} />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary">{t('detail.save')}</button>
          </div>
        </form>
      )}
    </>
  );
}
