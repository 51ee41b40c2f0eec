// Dates and times as Swedish (and English) readers expect them in a notice or on screen.
// Plain YYYY-MM-DD dates are calendar dates: never shifted by the computer's time zone.
import type { Lang } from './templates';
import type { MeetingKind } from './types';

const months: Record<Lang, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const weekdays: Record<Lang, string[]> = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** "18 mars 2025" / "18 March 2025" */
export function formatDate(iso: string, lang: Lang = 'sv'): string {
  const [y, m, d] = parts(iso);
  return `${d} ${months[lang][m - 1]} ${y}`;
}

/** "tisdag 18 mars 2025" / "Tuesday 18 March 2025" */
export function formatDateWithWeekday(iso: string, lang: Lang = 'sv'): string {
  const [y, m, d] = parts(iso);
  return `${weekdays[lang][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDate(iso, lang)}`;
}

/** "18.00–20.00": Swedish style writes clock times with a full stop and the range with an en dash. */
export function formatTimeRange(start?: string, end?: string, lang: Lang = 'sv'): string {
  const f = (t: string) => (lang === 'sv' ? t.replace(':', '.') : t);
  if (start && end) return `${f(start)}–${f(end)}`;
  return start ? f(start) : '';
}

const kindNames: Record<Lang, Record<MeetingKind, string>> = {
  sv: { board: 'Styrelsemöte', annual: 'Årsmöte', extra: 'Extra årsmöte', constituent: 'Konstituerande möte', member: 'Medlemsmöte', other: 'Möte' },
  en: { board: 'Board meeting', annual: 'Annual meeting', extra: 'Extraordinary general meeting', constituent: 'Constituting meeting', member: "Members' meeting", other: 'Meeting' },
};

export function kindName(kind: MeetingKind, lang: Lang = 'sv', kindLabel?: string): string {
  return kind === 'other' && kindLabel?.trim() ? kindLabel.trim() : kindNames[lang][kind];
}

/** Today as YYYY-MM-DD in the computer's own time zone (what the user calls today). */
export function localIsoDate(d: Date = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
