// The versions of the bylaws: which one is in force, what each adoption changed, and the history
// of decisions that the clean document prints on its last page.
import { diffBylaws, type SectionChange } from './diff';
import { forDiff, sectionLabel, type Section } from './model';
import { decisionReference, type Decision } from './proposal';

export type VersionLike = {
  id: string;
  status: 'draft' | 'adopted';
  /** YYYY-MM-DD of the decision that put this text in force. */
  adoptedDate?: string;
  createdAt: string;
  /** What the adoption changed, in a sentence ("Ändring av § 5 och § 13, ny § 6."). */
  summary?: string;
  /** The decisions that adopted it, in date order (two for a two-meeting amendment). */
  decisions?: Decision[];
};

/** Adopted versions, oldest first. Drafts are not versions in force. */
export function adoptedVersions<V extends VersionLike>(versions: V[]): V[] {
  return versions
    .filter((v) => v.status === 'adopted' && v.adoptedDate)
    .sort((a, b) => a.adoptedDate!.localeCompare(b.adoptedDate!) || a.createdAt.localeCompare(b.createdAt));
}

/** The bylaws in force: the latest adopted version. */
export function currentVersion<V extends VersionLike>(versions: V[]): V | undefined {
  const adopted = adoptedVersions(versions);
  return adopted[adopted.length - 1];
}

/** "§ 5", "§ 5 och § 7", "§ 5, § 7 och § 9" */
export function joinSections(numbers: string[]): string {
  const labels = numbers.map(sectionLabel);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} och ${labels[labels.length - 1]}`;
}

/** What an amendment does, in the words a decision uses. */
export function changeSummary(before: Section[], after: Section[]): string {
  return summarise(diffBylaws(forDiff(before), forDiff(after)));
}

export function summarise(changes: SectionChange[]): string {
  const changed = changes.filter((c) => c.kind === 'changed').map((c) => c.after!.number);
  const added = changes.filter((c) => c.kind === 'added').map((c) => c.after!.number);
  const removed = changes.filter((c) => c.kind === 'removed').map((c) => c.before!.number);
  const moved = changes.some((c) => c.kind === 'moved');
  const parts: string[] = [];
  if (changed.length) parts.push(`ändring av ${joinSections(changed)}`);
  if (added.length) parts.push(`${added.length > 1 ? 'nya' : 'ny'} ${joinSections(added)}`);
  if (removed.length) parts.push(`${joinSections(removed)} ${removed.length > 1 ? 'upphävda' : 'upphävd'}`);
  if (moved) parts.push('omnumrering av övriga paragrafer');
  if (!parts.length) return 'Inga ändringar i texten.';
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} samt ${parts[parts.length - 1]}` : parts[0]!;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Renumbered sections as "§ 6–§ 17 blir § 7–§ 18", runs compressed. */
export function renumberingNote(changes: SectionChange[]): string | undefined {
  const moves = changes
    .filter((c) => c.before && c.after && c.before.number.trim() !== c.after.number.trim())
    .map((c) => ({ from: c.before!.number.trim(), to: c.after!.number.trim() }));
  if (!moves.length) return undefined;
  const runs: { from: string[]; to: string[] }[] = [];
  for (const m of moves) {
    const last = runs[runs.length - 1];
    const prev = last ? { from: last.from[last.from.length - 1]!, to: last.to[last.to.length - 1]! } : undefined;
    if (last && prev && Number(m.from) === Number(prev.from) + 1 && Number(m.to) === Number(prev.to) + 1) {
      last.from.push(m.from);
      last.to.push(m.to);
    } else runs.push({ from: [m.from], to: [m.to] });
  }
  const range = (xs: string[]) => (xs.length > 1 ? `${sectionLabel(xs[0]!)}–${sectionLabel(xs[xs.length - 1]!)}` : sectionLabel(xs[0]!));
  return `Nuvarande ${runs.map((r) => `${range(r.from)} blir ${range(r.to)}`).join(', ')}.`;
}

export type HistoryEntry = { date: string; decision: string; meeting?: string };

/** One line per adoption up to and including `upTo` (default: all), oldest first. */
export function historyEntries<V extends VersionLike>(versions: V[], upTo?: string): HistoryEntry[] {
  const adopted = adoptedVersions(versions);
  const end = upTo ? adopted.findIndex((v) => v.id === upTo) : adopted.length - 1;
  return adopted.slice(0, end + 1).map((v, i) => {
    const decisions = [...(v.decisions ?? [])].sort((a, b) => a.date.localeCompare(b.date));
    const last = decisions[decisions.length - 1];
    const earlier = decisions.slice(0, -1).map((d) => `Första beslut ${d.date} (${decisionReference(d)}).`);
    const what = v.summary ?? (i === 0 ? 'Stadgarna antogs.' : 'Stadgarna ändrades.');
    return { date: v.adoptedDate!, decision: [what, ...earlier].join(' '), ...(last ? { meeting: decisionReference(last) } : {}) };
  });
}

/** Once adopted, "Förslag till stadgar för X" is "Stadgar för X". */
export function adoptedTitle(title: string): string {
  const t = title.trim();
  const m = /^förslag\s+till\s+(stadgar\b.*)$/iu.exec(t);
  if (!m) return t || 'Stadgar';
  return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
}
