// Swedish formatting for print: "18 mars 2025", "tisdag 18 mars 2025", "18.00–20.00",
// "1 234,50 kr", bankgiro "5050-1055". Plain dates are taken as calendar dates, never shifted by
// the computer's time zone; a timestamp with a zone is shown as Swedish local time.

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const weekdays = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

type Ymd = { y: number; m: number; d: number };

const stockholmDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function calendarDate(iso: string): Ymd {
  let day = iso.slice(0, 10);
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(iso) && iso.length > 10) {
    const t = new Date(iso);
    if (!Number.isNaN(t.getTime())) day = stockholmDate.format(t);
  }
  const [y, m, d] = day.split('-').map(Number);
  return { y: y ?? 1970, m: m ?? 1, d: d ?? 1 };
}

/** "2025-03-18" */
export function formatIsoDate(iso: string): string {
  const { y, m, d } = calendarDate(iso);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "18 mars 2025" */
export function formatDate(iso: string): string {
  const { y, m, d } = calendarDate(iso);
  return `${d} ${months[m - 1]} ${y}`;
}

/** "tisdag 18 mars 2025" */
export function formatDateWithWeekday(iso: string): string {
  const { y, m, d } = calendarDate(iso);
  return `${weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDate(iso)}`;
}

/** The PDF creation date for a model date: midnight UTC, which is the same day in Sweden. */
export function creationDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const { y, m, d } = calendarDate(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

/** "18:00" or "18.00" -> "18.00", as Swedish style guides write clock times. */
export function formatTime(time: string): string {
  const [h, min] = time.split(/[:.]/);
  return `${(h ?? '').padStart(2, '0')}.${min ?? '00'}`;
}

export function formatTimeRange(start?: string, end?: string): string | undefined {
  if (start && end) return `${formatTime(start)}–${formatTime(end)}`;
  if (start) return formatTime(start);
  return undefined;
}

/** 123450 -> "1 234,50 kr" (the line breaking keeps an amount on one line). */
export function formatOre(ore: number, unit = true): string {
  const sign = ore < 0 ? '\u2212' : '';
  const abs = Math.abs(ore);
  const kronor = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${kronor},${cents}${unit ? ' kr' : ''}`;
}

export const digitsOnly = (s: string) => s.replace(/\D/g, '');

/** Bankgiro numbers are 7 or 8 digits, written with a hyphen before the last four. */
export function formatBankgiro(bg: string): string | undefined {
  const d = digitsOnly(bg);
  if (d.length < 7 || d.length > 8) return undefined;
  return `${d.slice(0, -4)}-${d.slice(-4)}`;
}

/** Swish business numbers "123 456 78 90"; other numbers are printed as given. */
export function formatSwishNumber(n: string): string {
  const d = digitsOnly(n);
  return d.length === 10 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}` : n.trim();
}
