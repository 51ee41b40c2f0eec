// bench/results.json in the shape DESIGN.md ("Benchmark results") fixes for tools outside the repo,
// and the table printed at the end of a run.
import type { Stats } from './measure';

export type Unit = 'ms' | 'MB' | 'x' | 'bytes';

export type Result = {
  median?: number;
  min?: number;
  max?: number;
  unit: Unit;
  target?: number;
  better: 'lower' | 'higher';
  note?: string;
};

export type Results = { date: string; machine: string; quick: boolean; results: Record<string, Result> };

type Spec = { unit: Unit; better: 'lower' | 'higher'; target?: number; title: string };

/** Every id DESIGN.md lists, with issue 9's targets, in the order the table prints them. */
export const SPECS = {
  'start.cold': { unit: 'ms', better: 'lower', target: 1000, title: 'Kallstart till interaktiv översikt' },
  'start.shell': { unit: 'ms', better: 'lower', title: 'Kallstart till skalets första målning (statisk HTML)' },
  'start.content': { unit: 'ms', better: 'lower', title: 'Kallstart till översiktens data (föreningens kort)' },
  'search.p50': { unit: 'ms', better: 'lower', title: 'Medlemssökning, tangent till lista (p50)' },
  'search.p95': { unit: 'ms', better: 'lower', target: 16, title: 'Medlemssökning, tangent till lista (p95)' },
  'import.csv': { unit: 'ms', better: 'lower', title: 'CSV-import av medlemmar' },
  'import.floor': { unit: 'ms', better: 'lower', title: 'Golvet: papaparse + en bulkAdd' },
  'import.vsFloor': { unit: 'x', better: 'lower', target: 1.5, title: 'Import / golvet' },
  'import.csvChromium': { unit: 'ms', better: 'lower', title: 'CSV-import av medlemmar (Chromium)' },
  'import.floorChromium': { unit: 'ms', better: 'lower', title: 'Golvet (Chromium)' },
  'import.vsFloorChromium': { unit: 'x', better: 'lower', target: 1.5, title: 'Import / golvet (Chromium)' },
  'bgmax.import': { unit: 'ms', better: 'lower', target: 1000, title: 'BgMax-import med matchning' },
  'pdf.pressRelease': { unit: 'ms', better: 'lower', target: 150, title: 'PDF: pressmeddelande, en sida' },
  'pdf.minutes': { unit: 'ms', better: 'lower', target: 300, title: 'PDF: protokoll, 30 paragrafer' },
  'pdf.invoices1000': { unit: 'ms', better: 'lower', target: 10_000, title: 'PDF: 1 000 fakturor i en fil' },
  'sync.full': { unit: 'ms', better: 'lower', title: 'Synk: första fullständiga' },
  'sync.incremental': { unit: 'ms', better: 'lower', target: 300, title: 'Synk: efter tio ändringar' },
  'sync.fullNode': { unit: 'ms', better: 'lower', title: 'Synk: första, bara kodning och fil (Node)' },
  'sync.incrementalNode': { unit: 'ms', better: 'lower', title: 'Synk: tio ändringar, bara kodning och fil (Node)' },
  'sync.fileSize': { unit: 'bytes', better: 'lower', title: 'Synkfilens storlek, hela datamängden' },
  'sync.membersFileSize': { unit: 'bytes', better: 'lower', title: 'Synkfilens storlek, medlemsreplikerna' },
  'sync.automergeSize': { unit: 'bytes', better: 'lower', title: 'Automerge: sparat dokument, samma medlemmar' },
  'sync.vsAutomergeSize': { unit: 'x', better: 'higher', title: 'Automerges storlek / Kanslis' },
  'merge.replicas': { unit: 'ms', better: 'lower', title: 'Sammanslagning av två replikor (hela rundan)' },
  'merge.automerge': { unit: 'ms', better: 'lower', title: 'Automerge: load ×2 + merge + save' },
  'merge.vsAutomerge': { unit: 'x', better: 'higher', target: 10, title: 'Automerge / Kansli' },
  'pdf.vsLibreOffice': { unit: 'x', better: 'higher', target: 20, title: 'LibreOffice / Kansli, protokoll-PDF' },
  'heap.full': { unit: 'MB', better: 'lower', target: 200, title: 'JS-heap med hela datamängden öppen' },
} satisfies Record<string, Spec>;

export type ResultId = keyof typeof SPECS;

export class ResultSet {
  private readonly results: Partial<Record<ResultId, Result>> = {};

  set(id: ResultId, s: Pick<Stats, 'median' | 'min' | 'max'>, note?: string): void {
    const { unit, better, target } = SPECS[id] as Spec;
    const r: Result = { median: round(s.median), min: round(s.min), max: round(s.max), unit, better };
    if (target !== undefined) r.target = target;
    if (note) r.note = note;
    this.results[id] = r;
  }

  /** A measurement that could not run: a note saying why, and no median. */
  skip(id: ResultId, note: string): void {
    const { unit, better, target } = SPECS[id] as Spec;
    const r: Result = { unit, better, note };
    if (target !== undefined) r.target = target;
    this.results[id] = r;
  }

  /** Adds a note to a measured result (what it includes, what stood in for a missing part). */
  annotate(id: ResultId, note: string): void {
    const r = this.results[id];
    if (r) r.note = r.note ? `${r.note} ${note}` : note;
  }

  has(id: ResultId): boolean {
    return this.results[id] !== undefined;
  }

  toJSON(machine: string, quick: boolean, date = new Date()): Results {
    const ordered: Record<string, Result> = {};
    for (const id of Object.keys(SPECS) as ResultId[]) {
      const r = this.results[id] ?? { ...pick(id), note: 'Inte körd i den här körningen.' };
      ordered[id] = r;
    }
    return { date: date.toISOString(), machine, quick, results: ordered };
  }
}

function pick(id: ResultId): Result {
  const { unit, better, target } = SPECS[id] as Spec;
  return target === undefined ? { unit, better } : { unit, better, target };
}

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}

function fmt(n: number | undefined, unit: Unit): string {
  if (n === undefined) return '–';
  if (unit === 'bytes') return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : String(n);
  return n >= 100 ? String(Math.round(n)) : n.toFixed(2);
}

/** The table printed at the end: one line per id, with a mark where a target is missed. */
export function formatTable(results: Results): string {
  const rows = [['id', 'median', 'min', 'max', 'unit', 'target', ''], ...Object.entries(results.results).map(([id, r]) => {
    const missed = r.median !== undefined && r.target !== undefined && (r.better === 'lower' ? r.median > r.target : r.median < r.target);
    return [id, fmt(r.median, r.unit), fmt(r.min, r.unit), fmt(r.max, r.unit), r.unit, r.target === undefined ? '' : `${r.better === 'lower' ? '≤' : '≥'} ${fmt(r.target, r.unit)}`, r.median === undefined ? 'ej mätt' : missed ? 'MISSAT' : r.target !== undefined ? 'ok' : ''];
  })];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 || c >= 4 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const notes = Object.entries(results.results).filter(([, r]) => r.note).map(([id, r]) => `  ${id}: ${r.note}`);
  return [line(rows[0]!), ...rows.slice(1).map(line), '', 'Noter:', ...notes].join('\n');
}
