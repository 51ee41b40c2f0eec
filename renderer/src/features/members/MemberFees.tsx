// The member's invoices and payments, from the fees area, on the member's page.
import { useLang, useMessages } from '../../i18n';
import { messages as feeMessages } from '../fees/messages';
import { formatKronor } from '../../domain/fees/money';
import { surplusOre } from '../../domain/fees/overpayment';
import { surplusMessages } from '../fees/surplusMessages';
import { hrefFor } from '../../ui/routes';
import { useMemberInvoices } from './feeStatus';
import { pageMessages } from './pageMessages';

export function MemberFees({ memberId }: { memberId: string }) {
  const t = useMessages(pageMessages);
  const tf = useMessages(feeMessages);
  const ts = useMessages(surplusMessages);
  const lang = useLang();
  const rows = useMemberInvoices(memberId);
  if (!rows) return null;
  return (
    <section className="card members-fees" aria-labelledby="members-fees-heading">
      <h2 id="members-fees-heading">{t('fees.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted small">{t('fees.none')}</p>
      ) : (
        <ul className="members-fees__list">
          {rows.map(({ invoice, paidOre, status, payments }) => (
            <li key={invoice.id}>
              <div className="members-fees__row">
                <a href={hrefFor('fees', 'faktura', invoice.id)}>{t('fees.invoice', { number: invoice.invoiceNumber, year: invoice.year })}</a>
                <span className={`members-fees__status members-fees__status--${status}`}>{tf(`status.${status}`)}</span>
                {surplusOre(invoice, paidOre) > 0 && (
                  <span className="members-fees__status">{ts('surplus.label', { amount: formatKronor(surplusOre(invoice, paidOre), lang) })}</span>
                )}
              </div>
              <div className="muted small">
                {t('fees.amounts', { amount: formatKronor(invoice.amountOre, lang), paid: formatKronor(paidOre, lang), due: invoice.dueDate, ocr: invoice.ocr })}
              </div>
              {payments.length > 0 && (
                <ul className="members-fees__payments small">
                  {payments.map((p) => (
                    <li key={p.id}>
                      {p.date} · {formatKronor(p.amountOre, lang)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
