// The year's fee per category, with due date, terms and the OCR setting of the bankgiro
// agreement. Fields start from what is saved for the year, else from each category's current fee.
import { useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { TextField } from '../../ui/Field';
import { formatKronor, parseKronor } from '../../domain/fees/money';
import { addDays, checkSchedule, isHonoraryCategory } from '../../domain/fees/schedule';
import type { CategoryRecord } from '../../domain/members/model';
import type { StoredSchedule } from '../../db/fees/feeScheduleRepository';
import { messages } from './messages';
import { today, useCategories, useFeeRepos, useSchedules } from './data';

const feeText = (ore: number) => formatKronor(ore).replace(/\u00a0kr$/, '');

export function SchedulePage({ year }: { year: number }) {
  const categories = useCategories();
  const schedules = useSchedules(year);
  const t = useMessages(messages);
  if (!categories || !schedules) return <p className="muted">{t('loading')}</p>;
  return <ScheduleForm key={year} year={year} categories={categories} schedules={schedules} />;
}

function ScheduleForm({ year, categories, schedules }: { year: number; categories: CategoryRecord[]; schedules: StoredSchedule[] }) {
  const t = useMessages(messages);
  const { schedules: repo } = useFeeRepos();
  const first = schedules[0];
  const defaultInvoiceDate = year === new Date().getFullYear() ? today() : `${year}-01-15`;
  const [invoiceDate, setInvoiceDate] = useState(first?.invoiceDate ?? defaultInvoiceDate);
  const [dueDate, setDueDate] = useState(first?.dueDate ?? addDays(defaultInvoiceDate, 30));
  const [terms, setTerms] = useState(first?.paymentTerms ?? t('schedule.termsDefault'));
  const [lengthDigit, setLengthDigit] = useState(first?.ocrLengthDigit ?? false);
  const [fees, setFees] = useState<Record<string, string>>(() =>
    Object.fromEntries(categories.map((c) => [c.id, feeText(schedules.find((s) => s.categoryId === c.id)?.amountOre ?? c.feeOre)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  async function save(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const amounts = new Map<string, number>();
    for (const c of categories) {
      if (isHonoraryCategory(c)) continue;
      const ore = parseKronor(fees[c.id] ?? '');
      if (ore === null || ore < 0) found[c.id] = t('error.amount');
      else amounts.set(c.id, ore);
    }
    const dates = checkSchedule({ amountOre: 0, invoiceDate, dueDate });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(invoiceDate)) found.invoiceDate = t('error.date');
    if (dates.dueDate) found.dueDate = dates.dueDate;
    setErrors(found);
    setStatus('');
    if (Object.keys(found).length > 0) return;
    for (const c of categories) {
      await repo.set({ year, categoryId: c.id, amountOre: isHonoraryCategory(c) ? 0 : (amounts.get(c.id) ?? 0), invoiceDate, dueDate, paymentTerms: terms.trim(), ocrLengthDigit: lengthDigit });
    }
    setStatus(t('schedule.saved', { year }));
  }

  if (categories.length === 0) return <p className="card">{t('schedule.noCategories')}</p>;
  return (
    <form className="card" onSubmit={save} noValidate aria-labelledby="fees-schedule-title">
      <h2 id="fees-schedule-title">{t('schedule.title', { year })}</h2>
      <p className="muted">{t('schedule.intro')}</p>
      <div className="fees-form">
        <TextField label={t('schedule.invoiceDate')} type="date" value={invoiceDate} error={errors.invoiceDate} onChange={(e) => setInvoiceDate(e.target.value)} />
        <TextField label={t('schedule.dueDate')} type="date" value={dueDate} error={errors.dueDate} onChange={(e) => setDueDate(e.target.value)} />
        <TextField label={t('schedule.terms')} value={terms} onChange={(e) => setTerms(e.target.value)} />
      </div>
      <label className="fees-check">
        <input type="checkbox" checked={lengthDigit} onChange={(e) => setLengthDigit(e.target.checked)} />
        {t('schedule.lengthDigit')}
      </label>
      <div className="fees-schedule">
        {categories.map((c) =>
          isHonoraryCategory(c) ? (
            <p key={c.id} className="muted" style={{ gridColumn: '1 / -1' }}>{c.name}: {t('schedule.honorary')}</p>
          ) : (
            <TextField key={c.id} label={`${c.name} – ${t('schedule.fee')}`} inputMode="decimal" value={fees[c.id] ?? ''} error={errors[c.id]}
              onChange={(e) => setFees({ ...fees, [c.id]: e.target.value })} />
          ),
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">{t('schedule.save')}</button>
        <span role="status" className="form__status">{status}</span>
      </div>
    </form>
  );
}
