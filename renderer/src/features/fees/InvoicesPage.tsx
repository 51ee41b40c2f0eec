// The year's invoices: the treasurer's overview, creating the invoices, PDFs and reminders, and
// the list with each invoice's status worked out from its payments.
import { useMemo, useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import { EmptyState } from '../../ui/EmptyState';
import { formatKronor } from '../../domain/fees/money';
import { daysOverdue, invoiceStatus, yearTotals, type InvoiceStatus } from '../../domain/fees/invoicing';
import { feeFor } from '../../domain/fees/schedule';
import { paidByInvoice } from '../../domain/fees/payments';
import { carriedInto, overpaidTotals, surplusOre } from '../../domain/fees/overpayment';
import type { MemberRecord } from '../../domain/members/model';
import { messages } from './messages';
import { today, useCategories, useFeeRepos, useInvoices, useMembers, usePayments, useProfile, useSchedules } from './data';
import { downloadInvoicePdf, singleFileName, type PdfJob } from './pdf';
import { surplusMessages } from './surplusMessages';
import { ZipExport } from './ZipExport';

type Filter = 'all' | 'unpaid' | 'overdue' | 'paid' | 'overpaid';

/** The status; with a surplus it says how much ("Överbetalt 250,00 kr"), as the treasurer acts on it. */
export function StatusBadge({ status, surplusOre = 0 }: { status: InvoiceStatus; surplusOre?: number }) {
  const t = useMessages(messages);
  const ts = useMessages(surplusMessages);
  const lang = useLang();
  const over = surplusOre > 0 ? ts('surplus.label', { amount: formatKronor(surplusOre, lang) }) : '';
  if (status === 'overpaid' && over) return <span className="fees-badge fees-badge--overpaid">{over}</span>;
  return (
    <>
      <span className={`fees-badge fees-badge--${status}`}>{t(`status.${status}`)}</span>
      {over && <> <span className="fees-badge fees-badge--overpaid">{over}</span></>}
    </>
  );
}

export function InvoicesPage({ year }: { year: number }) {
  const t = useMessages(messages);
  const ts = useMessages(surplusMessages);
  const lang = useLang();
  const money = (ore: number) => formatKronor(ore, lang);
  const repos = useFeeRepos();
  const invoices = useInvoices(year);
  const payments = usePayments();
  const members = useMembers();
  const categories = useCategories();
  const schedules = useSchedules(year);
  const profile = useProfile();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const [filter, setFilter] = useState<Filter>('all');
  const [busy, setBusy] = useState(false);
  const [one, setOne] = useState('');
  const day = today();

  const paid = useMemo(() => paidByInvoice(payments ?? []), [payments]);
  const byId = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);

  if (!invoices || !payments || !members || !categories || !schedules) return <p className="muted">{t('loading')}</p>;

  const billedIds = new Set(invoices.map((i) => i.memberId));
  const toBill = members.filter((m) => !billedIds.has(m.id) && feeFor(m, schedules, categories, year) !== null).sort((a, b) => a.memberNumber - b.memberNumber);
  const totals = yearTotals(invoices, paid, day);
  const over = overpaidTotals(invoices, paid);
  const rows = invoices.map((inv) => ({ inv, paid: paid.get(inv.id) ?? 0, status: invoiceStatus(inv, paid.get(inv.id) ?? 0, day), surplus: surplusOre(inv, paid.get(inv.id) ?? 0) }));
  const shown = rows.filter((r) =>
    filter === 'all' ? true : filter === 'paid' ? r.status === 'paid' || r.status === 'overpaid' : filter === 'overdue' ? r.status === 'overdue' : filter === 'overpaid' ? r.surplus > 0 : r.status === 'unpaid' || r.status === 'partlyPaid' || r.status === 'overdue');
  const overdue = rows.filter((r) => r.status === 'overdue');

  async function create(selection = toBill) {
    setNote(undefined);
    setProgress({ done: 0, total: selection.length });
    try {
      const r = await repos.invoices.createForYear(selection, schedules!, categories!, year, (done, total) => setProgress({ done, total }));
      const skipped = members!.filter((m) => billedIds.has(m.id)).length;
      const free = members!.filter((m) => m.status === 'active' && feeFor(m, schedules!, categories!, year) === null).length;
      setNote({ text: t('invoices.created', { n: r.created, skipped, free }) });
    } catch (err) {
      setNote({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setProgress(undefined);
    }
  }

  async function pdf(jobs: PdfJob[], name: string, after?: () => Promise<void>) {
    setBusy(true);
    setNote({ text: t('invoices.pdfWorking') });
    try {
      await downloadInvoicePdf(profile, jobs, name);
      await after?.();
      setNote(undefined);
    } catch (err) {
      setNote({ text: t('error.pdf', { message: err instanceof Error ? err.message : String(err) }), error: true });
    } finally {
      setBusy(false);
    }
  }

  const member = (id: string): MemberRecord | undefined => byId.get(id);
  const open = rows.filter((r) => r.status !== 'credited');
  const invoiceJob = (inv: (typeof invoices)[number]): PdfJob => ({ kind: 'invoice', invoice: inv, member: member(inv.memberId), carriedIn: carriedInto(inv.id, payments) });
  const printAll = () => void pdf(open.map((r) => invoiceJob(r.inv)), `fakturor-${year}.pdf`);
  const printReminders = () =>
    void pdf(
      overdue.map((r) => ({ kind: 'reminder', invoice: r.inv, member: member(r.inv.memberId), leftOre: r.inv.amountOre - r.paid, reminderCount: r.inv.reminderCount + 1, today: day })),
      `paminnelser-${year}-${day}.pdf`,
      () => repos.invoices.markReminded(overdue.map((r) => r.inv.id), day),
    );

  return (
    <>
      {invoices.length > 0 && (
        <div className="fees-totals">
          <div className="fees-total"><span className="muted">{t('overview.invoiced')}</span><strong>{money(totals.invoiced)}</strong><span className="small muted">{t('overview.count', { n: totals.count })}</span></div>
          <div className="fees-total"><span className="muted">{t('overview.paid')}</span><strong>{money(totals.paid)}</strong></div>
          <div className="fees-total"><span className="muted">{t('overview.outstanding')}</span><strong>{money(totals.outstanding)}</strong></div>
          <div className="fees-total fees-total--overdue"><span className="muted">{t('overview.overdue')}</span><strong>{money(totals.overdue)}</strong><span className="small muted">{t('overview.overdueCount', { n: totals.overdueCount })}</span></div>
          {over.count > 0 && (
            <button type="button" className="fees-total fees-total--overpaid" onClick={() => setFilter('overpaid')}>
              <span className="muted">{ts('surplus.overview')}</span><strong>{money(over.totalOre)}</strong><span className="small muted">{ts('surplus.overviewCount', { n: over.count })}</span>
            </button>
          )}
        </div>
      )}
      {invoices.length > 0 && (
        <details className="fees-bycategory">
          <summary>{t('overview.byCategory')}</summary>
          <div className="fees-scroll">
            <table className="fees-table">
              <thead><tr><th>{t('overview.category')}</th><th className="fees-num">{t('overview.invoiced')}</th><th className="fees-num">{t('overview.paid')}</th><th className="fees-num">{t('overview.outstanding')}</th><th className="fees-num">{t('overview.overdue')}</th></tr></thead>
              <tbody>
                {categories.map((c) => {
                  const ct = yearTotals(invoices.filter((i) => i.categoryId === c.id), paid, day);
                  return ct.count === 0 ? null : (
                    <tr key={c.id}>
                      <td className="fees-wrap">{c.name} <span className="muted small">({ct.count})</span></td>
                      <td className="fees-num">{money(ct.invoiced)}</td><td className="fees-num">{money(ct.paid)}</td>
                      <td className="fees-num">{money(ct.outstanding)}</td><td className="fees-num">{money(ct.overdue)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </details>
      )}
      <div className="card">
        {schedules.length === 0 ? (
          <p>{t('invoices.noSchedule')} <a href={hrefFor('fees', 'arsavgifter')}>{t('tab.schedule')}</a></p>
        ) : toBill.length > 0 ? (
          <>
            <p>{t('invoices.createHint', { n: toBill.length, year })}</p>
            <div className="fees-actions">
              <button type="button" className="button button--primary" disabled={!!progress} onClick={() => void create()}>{t('invoices.create')}</button>
              <select aria-label={t('invoices.one')} value={one} onChange={(e) => setOne(e.target.value)}>
                <option value="">{t('invoices.pickMember')}</option>
                {toBill.map((m) => <option key={m.id} value={m.id}>{m.memberNumber} {m.name}</option>)}
              </select>
              <button type="button" className="button" disabled={!one || !!progress} onClick={() => { const m = toBill.filter((x) => x.id === one); setOne(''); void create(m); }}>{t('invoices.createOne')}</button>
            </div>
          </>
        ) : (
          <p className="muted">{t('invoices.allDone', { year })}</p>
        )}
        {progress && (
          <div role="status">
            <progress className="fees-progress" value={progress.done} max={Math.max(1, progress.total)} />
            <p className="small">{t('invoices.progress', { done: progress.done, total: progress.total })}</p>
          </div>
        )}
        <p role="status" className={note?.error ? 'text-error' : 'muted'}>{note?.text}</p>
      </div>

      {invoices.length === 0 ? (
        <EmptyState title={t('invoices.none', { year })} />
      ) : (
        <>
          <div className="fees-actions">
            <button type="button" className="button" disabled={busy || open.length === 0} onClick={printAll}>{t('invoices.pdfAll')}</button>
            <ZipExport profile={profile} jobs={() => open.map((r) => invoiceJob(r.inv))} zipName={`fakturor-${year}.zip`} disabled={busy || open.length === 0} onBusy={setBusy} />
            <button type="button" className="button" disabled={busy || overdue.length === 0} onClick={printReminders} title={overdue.length === 0 ? t('reminders.none') : undefined}>{t('reminders.pdf')}</button>
            <label className="fees-year" style={{ marginLeft: 'auto' }}>
              <span>{t('invoices.filter')}</span>
              <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
                {(['all', 'unpaid', 'overdue', 'paid'] as const).map((f) => <option key={f} value={f}>{t(`invoices.filter.${f}`)}</option>)}
                <option value="overpaid">{ts('surplus.filter')}</option>
              </select>
            </label>
          </div>
          <div className="fees-scroll">
          <table className="fees-table" aria-label={t('invoices.title', { year })}>
            <thead>
              <tr>
                <th className="fees-num">{t('col.number')}</th><th>{t('col.member')}</th><th className="fees-num">{t('col.ocr')}</th>
                <th className="fees-num">{t('col.amount')}</th><th className="fees-num">{t('col.paid')}</th><th>{t('col.due')}</th>
                <th>{t('col.status')}</th><th className="fees-num">{filter === 'overdue' ? t('col.overdueDays') : t('col.reminders')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ inv, paid: p, status, surplus }) => (
                <tr key={inv.id}>
                  <td className="fees-num">
                    <a href={hrefFor('fees', 'faktura', inv.id)}>{inv.invoiceNumber}</a>
                    <button type="button" className="button button--quiet fees-pdf" disabled={busy} aria-label={`${t('invoices.pdfOne')} ${inv.invoiceNumber}`}
                      onClick={() => { const job = invoiceJob(inv); void pdf([job], singleFileName(job)); }}>
                      {t('invoices.pdfOne')}
                    </button>
                  </td>
                  <td className="fees-wrap">{inv.memberName}</td>
                  <td className="fees-num">{inv.ocr}</td>
                  <td className="fees-num">{money(inv.amountOre)}</td>
                  <td className="fees-num">{money(p)}</td>
                  <td>{inv.dueDate}</td>
                  <td><StatusBadge status={status} surplusOre={surplus} /></td>
                  <td className="fees-num">{filter === 'overdue' ? daysOverdue(inv, day) : inv.reminderCount || ''}</td>
                </tr>
              ))}
            </tbody>
          </table></div>
        </>
      )}
    </>
  );
}
