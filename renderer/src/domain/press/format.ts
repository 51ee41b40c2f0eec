// Dates, times and names as a Swedish press release writes them.

const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type Lang = 'sv' | 'en';

/** "2025-03-12" -> "12 mars 2025" (or "12 March 2025"); anything else is returned unchanged. */
export function formatDate(iso: string, lang: Lang = 'sv'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = (lang === 'sv' ? MONTHS_SV : MONTHS_EN)[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "2025-03-12T08:00" -> "12 mars 2025 kl. 08.00" (Swedish writes the time with a full stop). */
export function formatDateTime(local: string, lang: Lang = 'sv'): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(local);
  if (!m) return formatDate(local, lang);
  return lang === 'sv' ? `${formatDate(m[1]!, lang)} kl. ${m[2]}.${m[3]}` : `${formatDate(m[1]!, lang)} at ${m[2]}:${m[3]}`;
}

export function isValidEmbargo(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
  return h <= 23 && mi <= 59;
}

/** The line the press looks for first. */
export function embargoLine(embargo: string): string {
  return `EMBARGO: Får publiceras tidigast ${formatDateTime(embargo)}`;
}

/** Wraps a quote in Swedish quotation marks (”…”) unless the writer already did. */
export function quoted(text: string): string {
  const t = text.trim();
  return /^[“”"«»„]/.test(t) ? t : `”${t}”`;
}

/** "Anna Lindqvist, ordförande i IT-nätverket Norr" */
export function attribution(name: string, title: string): string {
  const n = name.trim();
  const t = title.trim();
  return t ? `${n}, ${t}` : n;
}

/** Caption and photo credit in the form Swedish papers print them: "Anna Lindqvist. Foto: Per Ek" */
export function captionWithCredit(caption: string, credit: string): string {
  const c = caption.trim();
  const f = credit.trim();
  if (!f) return c;
  const photo = /^foto\b/i.test(f) ? f : `Foto: ${f}`;
  if (!c) return photo;
  return `${c}${/[.!?]$/.test(c) ? '' : '.'} ${photo}`;
}

/** A file name from the date and headline, ASCII only so every mail program and drive takes it. */
export function fileBaseName(date: string, headline: string): string {
  const slug = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ['pressmeddelande', /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', slug].filter(Boolean).join('-');
}
