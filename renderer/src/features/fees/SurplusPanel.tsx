// An over-paid invoice (or a credited one that was paid): the surplus, and what the treasurer
// does with it — pay it back (a refund, registered as a negative payment) or carry it to the
// member's next invoice. On an invoice with something left to pay, a surplus on the member's
// other invoices is offered the other way round.
import { useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { SelectField, TextField } from '../../ui/Field';
import { useLive } from '../../db/useLive';
import { formatKronor, parseKronor } from '../../domain/fees/money';
import { carryAmount, carryTargets, checkSurplusAmount, leftOre, surplusOre } from '../../domain/fees/overpayment';
import { paidByInvoice, PAYMENT_METHODS, type PaymentMethod } from '../../domain/fees/payments';
import type { StoredInvoice } from '../../db/fees/invoiceRepository';
import type { StoredPayment } from '../../db/fees/paymentRepository';
import { SurplusError } from '../../db/fees/paymentRepository';
import { messages } from './messages';
import { surplusMessages } from './surplusMessages';
import { today, useFeeRepos } from './data';

type Props = { invoice: StoredInvoice; payments: readonly StoredPayment[] };

export function SurplusPanel({ invoice, payments }: Props) {
  const t = useMessages(surplusMessages);
  const lang = useLang();
  const money = (ore: number) => formatKronor(ore, lang);
  const repos = useFeeRepos();
  const { value: theirs } = useLive(() => repos.invoices.forMember(invoice.memberId), [repos, invoice.memberId]);
  const paid = paidByInvoice(payments);
  const surplus = surplusOre(invoice, paid.get(invoice.id) ?? 0);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');

  if (!theirs) return null;
  const targets = carryTargets(invoice, theirs, paid);
  const left = leftOre(invoice, paid.get(invoice.id) ?? 0);
  // The other way: this invoice still asks for money and another of the member's has a surplus.
  const sources = left > 0 ? theirs.filter((i) => i.id !== invoice.id && surplusOre(i, paid.get(i.id) ?? 0) > 0) : [];

  async function run(action: () => Promise<string>): Promise<void> {
    setError('');
    try {
      setNote(await action());
    } catch (err) {
      setNote('');
      setError(err instanceof SurplusError ? t('surplus.stale') : String(err));
    }
  }

  const carry = (from: StoredInvoice, to: StoredInvoice) =>
    void run(async () => {
      const moved = await repos.payments.carry(from, to, today());
      return t('surplus.carried', { amount: money(moved), number: to.invoiceNumber });
    });

  if (surplus <= 0) {
    if (sources.length === 0 && !note) return null;
    return (
      <div className="card card--callout fees-surplus">
        {sources.map((s) => (
          <p key={s.id} className="fees-actions">
            <span>{t('surplus.credit', { number: s.invoiceNumber, amount: money(carryAmount(surplusOre(s, paid.get(s.id) ?? 0), left)) })}</span>
            <button type="button" className="button" onClick={() => carry(s, invoice)}>{t('surplus.useHere')}</button>
          </p>
        ))}
        <p role="status" className="muted">{note}</p>
        {error && <p role="alert" className="text-error">{error}</p>}
      </div>
    );
  }

  return (
    <section className="card card--callout fees-surplus" aria-labelledby="fees-surplus-title">
      <h3 id="fees-surplus-title">{t('surplus.title', { amount: money(surplus) })}</h3>
      <p>{t(invoice.status === 'credited' ? 'surplus.introCredited' : 'surplus.intro', { amount: money(surplus) })}</p>
      <div className="fees-actions">
        {targets.length === 0 ? <p className="muted small">{t('surplus.noTarget')}</p> : targets.slice(0, 2).map((to) => (
          <button key={to.id} type="button" className="button" onClick={() => carry(invoice, to)}>
            {t('surplus.carry', { number: to.invoiceNumber, amount: money(carryAmount(surplus, leftOre(to, paid.get(to.id) ?? 0))) })}
          </button>
        ))}
      </div>
      {/* Keyed by the surplus: after a refund or a new payment the amount starts from what is left. */}
      <RefundForm key={surplus} surplus={surplus} onRefund={(ore, date, method) => run(async () => {
        await repos.payments.refund(invoice, ore, date, method);
        return t('surplus.refunded');
      })} onError={setError} />
      <p role="status" className="muted">{note}</p>
      {error && <p role="alert" className="text-error">{error}</p>}
    </section>
  );
}

type RefundProps = { surplus: number; onRefund(ore: number, date: string, method: PaymentMethod): Promise<void>; onError(message: string): void };

function RefundForm({ surplus, onRefund, onError }: RefundProps) {
  const t = useMessages(surplusMessages);
  const tf = useMessages(messages);
  const lang = useLang();
  const [amount, setAmount] = useState(() => formatKronor(surplus).replace(/\u00a0kr$/, ''));
  const [date, setDate] = useState(today());
  const [method, setMethod] = useState<PaymentMethod>('bankgiro');

  function submit(e: FormEvent) {
    e.preventDefault();
    const ore = parseKronor(amount);
    const problem = checkSurplusAmount(ore, surplus);
    if (problem !== 'none' || ore === null) {
      onError(problem === 'tooMuch' ? t('surplus.tooMuch', { amount: formatKronor(surplus, lang) }) : tf('error.amount'));
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return onError(tf('error.date'));
    void onRefund(ore, date, method);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('surplus.refund')}>
      <div className="fees-form">
        <TextField label={t('surplus.refundAmount')} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        <TextField label={t('surplus.refundDate')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <SelectField label={t('surplus.refundMethod')} value={method} onChange={(v) => setMethod(v as PaymentMethod)} options={PAYMENT_METHODS.map((m) => ({ value: m, label: tf(`method.${m}`) }))} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">{t('surplus.refund')}</button>
      </div>
    </form>
  );
}
