// import.csvChromium, import.floorChromium, import.vsFloorChromium: the import against the floor in
// Chromium, through bench/browser/importProbe.ts (bundled here and added to the page).
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { stats, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import type { ImportRound } from './importProbe';

type Probe = { setup(csv: string, categories: string): void; round(i: number): Promise<ImportRound> };

async function bundle(): Promise<string> {
  const out = await build({ entryPoints: ['bench/browser/importProbe.ts'], bundle: true, platform: 'browser', format: 'iife', target: 'chrome120', write: false, logLevel: 'warning' });
  return out.outputFiles[0]!.text;
}

export async function measureImportChromium(results: ResultSet, page: Page, csv: string, categories: unknown[], rows: number, plan: RunPlan): Promise<void> {
  // Through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses a <script>.
  await page.evaluate(await bundle());
  await page.evaluate(([text, json]) => (window as unknown as { __kansliImportBench: Probe }).__kansliImportBench.setup(text, json), [csv, JSON.stringify(categories)] as const);
  const runs: ImportRound[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const r = await page.evaluate((n) => (window as unknown as { __kansliImportBench: Probe }).__kansliImportBench.round(n), i);
    if (r.added !== rows) throw new Error(`the import added ${r.added} of ${rows} rows`);
    if (i >= plan.warmup) runs.push(r);
  }
  const where = 'Chromium, appens sida, egen IndexedDB-databas per omgång';
  results.set('import.csvChromium', stats(runs.map((r) => r.kansli)), `${rows} rader, samma steg som import.csv. ${where}.`);
  results.set('import.floorChromium', stats(runs.map((r) => r.floor)), `Samma fil: papaparse och en bulkAdd. ${where}.`);
  results.set('import.vsFloorChromium', stats(runs.map((r) => r.kansli / r.floor)), 'Kvot per omgång (Kansli / golvet), omväxlande vem som går först.');
}
