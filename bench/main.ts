// The benchmark of issue 9 (bundled and started by bench/run.mjs). Generates the data set from a
// seed, runs every measurement that can run here (Node first, then Chromium), writes
// bench/results.json in DESIGN.md's shape and prints the table.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SEED, FULL, QUICK, generateBgMax, generateDataset, generateMembersCsv, recordCount, type Dataset } from './generate';
import { collect, type RunPlan } from './lib/measure';
import { machine } from './lib/machine';
import { formatTable, ResultSet, type ResultId } from './lib/results';
import { measureBgMax } from './node/bgmax';
import { measureImport } from './node/importCsv';
import { measureLibreOffice } from './node/libreoffice';
import { measureMerge } from './node/merge';
import { measurePdfs } from './node/pdf';
import { minutesModel } from './node/pdfModels';
import { measureSync } from './node/sync';
import { runBrowser } from './browser/run';

type Options = { quick: boolean; build: boolean; node: boolean; browser: boolean; wants: (group: Group) => boolean; seed: number; out: string };

// --only=node, --only=browser, or one group (sync: the sync and merge measurements, Node and Chromium).
const GROUPS = { node: ['import', 'bgmax', 'pdf', 'sync', 'merge'], browser: ['import', 'start', 'search', 'heap', 'sync'] } as const;
type Group = (typeof GROUPS)['node' | 'browser'][number];
const ONLY: Record<string, readonly Group[]> = { ...GROUPS, import: ['import'], bgmax: ['bgmax'], pdf: ['pdf'], merge: ['merge'], sync: ['sync', 'merge'], start: ['start'], search: ['search'], heap: ['heap'] };

function options(argv: string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const only = value('only');
  // Several at once with commas: --only=start,search.
  const names = only?.split(',');
  const unknown = names?.find((n) => !ONLY[n]);
  if (unknown !== undefined) throw new Error(`--only=${unknown}: välj bland ${Object.keys(ONLY).join(', ')}`);
  const groups = names?.flatMap((n) => ONLY[n]!);
  const wants = (g: Group) => !groups || groups.includes(g);
  return {
    quick: argv.includes('--quick'),
    build: !argv.includes('--no-build'),
    node: GROUPS.node.some(wants),
    browser: GROUPS.browser.some(wants),
    wants,
    seed: Number(value('seed') ?? DEFAULT_SEED),
    // A partial run goes beside the scratch files: bench/results.json (read by tools outside the
    // repo) keeps the last full run.
    out: resolve(value('out') ?? (only === undefined ? 'bench/results.json' : `bench/.tmp/results-${only.replace(/,/g, '-')}.json`)),
  };
}

const started = performance.now();
const log = (s: string) => console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${s}`);

/** Runs one group of measurements; a failure becomes a note on the ids it should have filled. */
async function guarded(results: ResultSet, ids: ResultId[], what: string, fn: () => Promise<unknown>): Promise<void> {
  log(what);
  try {
    await fn();
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    for (const id of ids) if (!results.has(id)) results.skip(id, `Mätningen misslyckades: ${message}`);
  } finally {
    collect();
  }
}

async function nodeMeasurements(results: ResultSet, data: Dataset, o: Options): Promise<void> {
  // Quick: enough runs for a median that means something; full: enough to see the spread.
  const plan: RunPlan = o.quick ? { warmup: 1, runs: 3 } : { warmup: 1, runs: 5 };
  const slow: RunPlan = o.quick ? { warmup: 0, runs: 1 } : { warmup: 1, runs: 3 };
  if (o.wants('import')) await guarded(results, ['import.csv', 'import.floor', 'import.vsFloor'], 'CSV-import mot golvet …', () => measureImport(results, data, generateMembersCsv(data), plan));
  if (o.wants('bgmax')) await guarded(results, ['bgmax.import'], 'BgMax-import …', () => measureBgMax(results, generateBgMax(data).text, data.tables.invoices, data.size.bgmaxPayments, plan));
  if (o.wants('pdf')) {
    let minutesMs: number | undefined;
    await guarded(results, ['pdf.pressRelease', 'pdf.minutes', 'pdf.invoices1000'], 'PDF …', async () => {
      minutesMs = (await measurePdfs(results, data, plan, slow)).minutesMs;
    });
    await guarded(results, ['pdf.vsLibreOffice'], 'LibreOffice …', () => measureLibreOffice(results, minutesModel(data), minutesMs, slow));
  }
  if (o.wants('sync')) await guarded(results, ['sync.fullNode', 'sync.incrementalNode'], 'Synk i Node …', () => measureSync(results, data, plan, slow));
  const edits = Math.round(data.size.members / 10);
  if (o.wants('merge')) await guarded(
    results,
    ['merge.replicas', 'merge.automerge', 'merge.vsAutomerge', 'sync.membersFileSize', 'sync.automergeSize', 'sync.vsAutomergeSize'],
    'Sammanslagning mot Automerge …',
    () => measureMerge(results, data, edits, o.quick ? { warmup: 1, runs: 2 } : { warmup: 1, runs: 3 }, log),
  );
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const size = o.quick ? QUICK : FULL;
  log(`Kansli-bänken ${o.quick ? '(snabb)' : '(full)'}: genererar data (frö ${o.seed}) …`);
  const t0 = performance.now();
  const data = generateDataset(o.seed, size);
  log(`  ${recordCount(data)} poster på ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const results = new ResultSet();
  if (o.node) await nodeMeasurements(results, data, o);
  let browser: string | undefined;
  if (o.browser) {
    browser = await runBrowser(results, data, {
      build: o.build,
      plan: o.quick ? { warmup: 1, runs: 2 } : { warmup: 1, runs: 7 },
      slow: o.quick ? { warmup: 0, runs: 2 } : { warmup: 1, runs: 3 },
      searchRounds: o.quick ? 1 : 2,
      searchTerms: o.quick ? 5 : 10,
      heapRuns: o.quick ? 2 : 3,
      wants: o.wants,
    }, log);
  }
  const json = results.toJSON(machine(browser), o.quick);
  writeFileSync(o.out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\n${formatTable(json)}\n`);
  log(`Skrev ${o.out} (${((performance.now() - t0) / 1000).toFixed(0)} s).`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
