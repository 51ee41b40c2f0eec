// The list of releases: one row per release (its newest version), what the row says about
// where it stands, searching, and the versions that make up its archive.
import { formatDate } from './format';
import type { PressReleaseData, PressStatus } from './types';

export type StoredRelease = PressReleaseData & { id: string; updatedAt: string; createdAt: string };

export type SeriesRow = {
  seriesId: string;
  latest: StoredRelease;
  /** The most recently published version, if any (may be the latest itself). */
  published?: StoredRelease;
  versions: number;
};

/** Groups versions by release; rows sorted by date, newest first, then by last change. */
export function seriesRows(all: StoredRelease[]): SeriesRow[] {
  const bySeries = new Map<string, StoredRelease[]>();
  for (const r of all) {
    const key = r.seriesId || r.id;
    const list = bySeries.get(key);
    if (list) list.push(r);
    else bySeries.set(key, [r]);
  }
  const rows: SeriesRow[] = [];
  for (const [seriesId, list] of bySeries) {
    list.sort((a, b) => a.version - b.version || a.createdAt.localeCompare(b.createdAt));
    const latest = list[list.length - 1]!;
    const published = [...list].reverse().find((v) => v.status === 'published');
    rows.push({ seriesId, latest, published, versions: list.length });
  }
  return rows.sort((a, b) => b.latest.date.localeCompare(a.latest.date) || b.latest.updatedAt.localeCompare(a.latest.updatedAt));
}

export function versionsOf(all: StoredRelease[], seriesId: string): StoredRelease[] {
  return all.filter((r) => (r.seriesId || r.id) === seriesId).sort((a, b) => b.version - a.version);
}

/** Every word of the query must occur somewhere in the release's text, in any case. */
export function matchesSearch(r: PressReleaseData, query: string): boolean {
  const words = query.toLocaleLowerCase('sv').normalize('NFC').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const parts = [r.headline, r.lead, ...r.body.map((b) => (b.type === 'image' ? `${b.caption} ${b.credit}` : b.type === 'quote' ? `${b.text} ${b.name} ${b.title}` : b.text))];
  const hay = parts.join('\n').toLocaleLowerCase('sv').normalize('NFC');
  return words.every((w) => hay.includes(w));
}

export type StatusFilter = 'all' | PressStatus;

export function filterRows(rows: SeriesRow[], query: string, status: StatusFilter): SeriesRow[] {
  return rows.filter((row) => (status === 'all' || row.latest.status === status) && matchesSearch(row.latest, query));
}

/** "Publicerad 12 mars 2025" etc. for the list, in the UI's language. */
export function publishedOn(r: StoredRelease, lang: 'sv' | 'en'): string | undefined {
  return r.publishedAt ? formatDate(r.publishedAt.slice(0, 10), lang) : undefined;
}

/** A copy to start a new release from: same content, a new series, back to draft, today's date. */
export function duplicateData(r: PressReleaseData, seriesId: string, today: string): PressReleaseData {
  const { publishedAt: _p, publishedOrg: _o, ...rest } = r;
  return { ...rest, seriesId, version: 1, status: 'draft', date: today, body: r.body.map((b) => ({ ...b })), contacts: r.contacts.map((c) => ({ ...c })) };
}

/** The next version after a published one: same series, the content as published, a draft. */
export function nextVersionData(r: PressReleaseData, version: number): PressReleaseData {
  const { publishedAt: _p, publishedOrg: _o, ...rest } = r;
  return { ...rest, version, status: 'draft', body: r.body.map((b) => ({ ...b })), contacts: r.contacts.map((c) => ({ ...c })) };
}
