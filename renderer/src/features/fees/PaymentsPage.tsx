// Payments: the bank file, the payments nobody has matched yet (attached by hand), and the list.
import { useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import { formatKronor } from '../../domain/fees/money';
import { messages } from './messages';
import { useFeeRepos, useInvoices, usePayments } from './data';
import { BgMaxImport } from './BgMaxImport';
import type { StoredPayment } from '../../db/fees/paymentRepository';
import type { StoredInvoice } from '../../db/fees/invoiceRepository';

function Unmatched({ payment, invoices }: { payment: StoredPayment; invoices: StoredInvoice[] }) {
  const t = useMessages(messages);
  const lang = useLang();
  const repos = useFeeRepos();
  const [choice, setChoice] = useState('');
  return (
    <tr>
      <td>{payment.date}</td>
      <td className="fees-num">{payment.reference}</td>
      <td>{payment.payerName}</td>
      <td className="fees-num">{formatKronor(payment.amountOre, lang)}</td>
      <td>
        <select aria-label={`${t('unmatched.choose')} ${payment.reference}`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('unmatched.pick')}</option>
          {invoices.filter((i) => i.status !== 'credited').map((i) => (
            <option key={i.id} value={i.id}>{i.invoiceNumber} {i.memberName} ({formatKronor(i.amountOre, lang)})</option>
          ))}
        </select>{' '}
        <button type="button" className="button" disabled={!choice} onClick={() => void repos.payments.attach(payment.id, choice)}>{t('unmatched.attach')}</button>
      </td>
    </tr>
  );
}

export function PaymentsPage({ year }: { year: number }) {
  const t = useMessages(messages);
  const lang = useLang();
  const payments = usePayments();
  const invoices = useInvoices(year);
  if (!payments || !invoices) return <p className="muted">{t('loading')}</p>;
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const unmatched = payments.filter((p) => !p.invoiceId);
  const recent = [...payments].reverse().slice(0, 200);
  return (
    <>
      <BgMaxImport />
      <h2>{t('unmatched.title')}</h2>
      {unmatched.length === 0 ? <p className="muted">{t('unmatched.none')}</p> : (
        <div className="fees-scroll">
        <table className="fees-table" aria-label={t('unmatched.title')}>
          <thead><tr><th>{t('col.date')}</th><th className="fees-num">{t('col.reference')}</th><th>{t('col.payer')}</th><th className="fees-num">{t('col.amount')}</th><th>{t('unmatched.choose')}</th></tr></thead>
          <tbody>{unmatched.map((p) => <Unmatched key={p.id} payment={p} invoices={invoices} />)}</tbody>
        </table></div>
      )}
      <h2>{t('payments.title')}</h2>
      {recent.length === 0 ? <p className="muted">{t('payments.none')}</p> : (
        <div className="fees-scroll">
        <table className="fees-table" aria-label={t('payments.title')}>
          <thead><tr><th>{t('col.date')}</th><th>{t('col.invoice')}</th><th className="fees-num">{t('col.amount')}</th><th>{t('detail.method')}</th><th className="fees-num">{t('col.reference')}</th></tr></thead>
          <tbody>
            {recent.map((p) => {
              const inv = p.invoiceId ? byId.get(p.invoiceId) : undefined;
              return (
                <tr key={p.id}>
                  <td>{p.date}</td>
                  <td>{inv ? <a href={hrefFor('fees', 'faktura', inv.id)}>{inv.invoiceNumber} {inv.memberName}</a> : p.payerName}</td>
                  <td className="fees-num">{formatKronor(p.amountOre, lang)}</td>
                  <td>{t(`method.${p.method}`)}</td>
                  <td className="fees-num">{p.reversesId ? t('detail.reversal') : p.reference}</td>
                </tr>
              );
            })}
          </tbody>
        </table></div>
      )}
    </>
  );
}
