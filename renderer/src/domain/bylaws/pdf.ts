// The data for renderPdf kind 'bylaws' (electron/services/pdf/models/bylaws.ts): the clean text
// with its adoption history, and an amendment as the comparison document members get with the
// notice of the annual meeting ("nuvarande lydelse / föreslagen lydelse" per changed section).
import { diffBylaws, type WordChange } from './diff';
import { historyEntries, renumberingNote, summarise, type HistoryEntry, type VersionLike } from './history';
import { forDiff, sectionLabel, type Section } from './model';
import { decisionReference, requirementText, type Decision, type Requirement } from './proposal';

export type CleanPdfData = {
  mode: 'clean';
  title: string;
  sections: { number: string; heading: string; text: string; chapter?: string }[];
  history: HistoryEntry[];
  date?: string;
};

export type ComparisonPdfData = {
  mode: 'comparison';
  title: string;
  proposal: string;
  rationale?: string;
  changes: { number: string; heading: string; before?: string; after?: string; words?: WordChange[] }[];
  date?: string;
};

const UNTITLED = '(utan rubrik)';

export function cleanPdfData<V extends VersionLike & { title: string; sections: Section[] }>(version: V, versions: V[]): CleanPdfData {
  return {
    mode: 'clean',
    title: version.title.trim() || 'Stadgar',
    sections: version.sections.map((s) => ({ number: s.number.trim() || '–', heading: s.heading.trim() || UNTITLED, text: s.text, ...(s.chapter ? { chapter: s.chapter } : {}) })),
    history: version.status === 'adopted' ? historyEntries(versions, version.id) : [],
    ...(version.adoptedDate ? { date: version.adoptedDate } : {}),
  };
}

export type ProposalForPdf = {
  title: string;
  kind: 'board' | 'motion';
  author?: string;
  rationale?: string;
  meetingsText?: string;
  requirement: Requirement;
  decisions: Decision[];
  base: Section[];
  proposed: Section[];
  /** The date printed on the document: today, or the date of the notice. */
  date: string;
};

/** Undefined when the proposal changes nothing yet. */
export function comparisonPdfData(p: ProposalForPdf): ComparisonPdfData | undefined {
  const diff = diffBylaws(forDiff(p.base), forDiff(p.proposed));
  const changes: ComparisonPdfData['changes'] = [];
  for (const c of diff) {
    if (c.kind === 'changed') {
      const b = c.before!;
      const a = c.after!;
      const notes = [
        b.number.trim() !== a.number.trim() ? `nuvarande ${sectionLabel(b.number)}` : '',
        b.heading.trim() !== a.heading.trim() && b.heading.trim() ? `nuvarande rubrik ”${b.heading.trim()}”` : '',
      ].filter(Boolean);
      const heading = (a.heading.trim() || UNTITLED) + (notes.length ? ` (${notes.join(', ')})` : '');
      // The PDF marks the same words the board saw in the app.
      changes.push({ number: a.number.trim(), heading, before: b.text, after: a.text, words: c.words });
    } else if (c.kind === 'added') {
      changes.push({ number: c.after!.number.trim(), heading: c.after!.heading.trim() || UNTITLED, after: c.after!.text });
    } else if (c.kind === 'removed') {
      changes.push({ number: c.before!.number.trim(), heading: c.before!.heading.trim() || UNTITLED, before: c.before!.text });
    }
  }
  if (!changes.length) return undefined;
  const who = p.kind === 'board' ? 'Styrelsen föreslår' : `${p.author?.trim() || 'En medlem'} föreslår i en motion`;
  const taken = [...p.decisions].filter((d) => d.outcome === 'approved').sort((a, b) => a.date.localeCompare(b.date));
  const paragraphs = [
    `${who} att årsmötet beslutar att ändra stadgarna enligt nedan: ${lowerFirst(summarise(diff))}`,
    renumberingNote(diff),
    requirementText(p.requirement),
    p.meetingsText?.trim() ? `Förslaget behandlas vid ${p.meetingsText.trim()}.` : undefined,
    ...taken.map((d, i) => `${taken.length > 1 || p.requirement.meetings === 2 ? `${ordinal(i)} beslut` : 'Beslut'} fattades ${d.date} (${decisionReference(d)}).`),
  ].filter((s): s is string => Boolean(s));
  return {
    mode: 'comparison',
    title: p.title.trim() || 'Förslag till ändring av stadgarna',
    proposal: paragraphs.join('\n\n'),
    ...(p.rationale?.trim() ? { rationale: p.rationale.trim() } : {}),
    changes,
    date: p.date,
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function ordinal(i: number): string {
  return ['Första', 'Andra', 'Tredje'][i] ?? `${i + 1}:e`;
}
