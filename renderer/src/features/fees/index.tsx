// Avgifter: invoices and overview (#/avgifter), the year's fees (/avgifter), payments and the
// bank file (/betalningar), export to the books (/export) and one invoice (/faktura/<id>).
import { useLang, useMessages } from '../../i18n';
import { hrefFor, useSubPath } from '../../ui/routes';
import { messages } from './messages';
import { useYear } from './data';
import { SchedulePage } from './SchedulePage';
import { InvoicesPage } from './InvoicesPage';
import { InvoiceDetail } from './InvoiceDetail';
import { PaymentsPage } from './PaymentsPage';
import { ExportPage } from './ExportPage';
import './fees.css';

const TABS = [
  { path: '', label: 'tab.invoices' },
  { path: 'arsavgifter', label: 'tab.schedule' },
  { path: 'betalningar', label: 'tab.payments' },
  { path: 'export', label: 'tab.export' },
] as const;

export function Page() {
  const t = useMessages(messages);
  useLang();
  const [first, second] = useSubPath();
  const [year, setYear] = useYear();
  const now = new Date().getFullYear();
  const years = [now + 1, now, now - 1, now - 2];
  if (!years.includes(year)) years.push(year);
  const current = first === 'faktura' ? '' : (first ?? '');
  return (
    <section aria-labelledby="page-title" className="fees">
      <div className="fees-head">
        <h1 id="page-title">{t('title')}</h1>
        <label className="fees-year">
          <span>{t('year')}</span>
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.sort((a, b) => b - a).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      </div>
      <nav className="fees-tabs" aria-label={t('title')}>
        {TABS.map((tab) => (
          <a key={tab.path} href={tab.path ? hrefFor('fees', tab.path) : hrefFor('fees')} className="fees-tab" aria-current={current === tab.path ? 'page' : undefined}>
            {t(tab.label)}
          </a>
        ))}
      </nav>
      {first === 'arsavgifter' ? <SchedulePage year={year} />
        : first === 'betalningar' ? <PaymentsPage year={year} />
        : first === 'export' ? <ExportPage year={year} />
        : first === 'faktura' && second ? <InvoiceDetail key={second} id={second} />
        : <InvoicesPage year={year} />}
    </section>
  );
}
