// The measurements in real Chromium: build, start the browser host with a fresh data folder and
// browser profile, load the data set into IndexedDB through the page, then measure.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from '../../tests/e2e/harness';
import { generateMembersCsv, type Dataset } from '../generate';
import type { RunPlan } from '../lib/measure';
import type { ResultId, ResultSet } from '../lib/results';
import { BUILD_DIR, benchTemp, browserVersion, buildApp, firstPage, openBrowser, startBenchApp } from './app';
import { loadDataset } from './load';
import { measureColdStart, measureHeap, measureSearch, searchStats } from './measures';
import { measureBrowserSync } from './sync';
import { measureImportChromium } from './importChromium';

export type BrowserGroup = 'import' | 'start' | 'search' | 'heap' | 'sync';
const GROUP: Record<string, BrowserGroup> = { 'import.csvChromium': 'import', 'import.floorChromium': 'import', 'import.vsFloorChromium': 'import', 'start.cold': 'start', 'start.shell': 'start', 'start.content': 'start', 'search.p50': 'search', 'search.p95': 'search', 'heap.full': 'heap', 'sync.full': 'sync', 'sync.incremental': 'sync', 'sync.fileSize': 'sync' };
const IDS = Object.keys(GROUP) as ResultId[];

export type BrowserOptions = { build: boolean; plan: RunPlan; slow: RunPlan; searchRounds: number; searchTerms: number; heapRuns: number; wants: (group: BrowserGroup) => boolean };

export async function runBrowser(results: ResultSet, data: Dataset, opts: BrowserOptions, log: (s: string) => void): Promise<string | undefined> {
  const skipRest = (why: string) => {
    for (const id of IDS) if (!results.has(id) && opts.wants(GROUP[id]!)) results.skip(id, why);
  };
  if (opts.build || !existsSync(join(BUILD_DIR, 'dist-electron', 'launch.cjs'))) {
    log('Bygger appen i .build/bench …');
    const built = buildApp();
    if (!built.ok) {
      skipRest(`Appen gick inte att bygga (KANSLI_BUILD_DIR=.build/bench npm run build): ${built.message}`);
      return undefined;
    }
  }
  let app: RunningApp | undefined;
  let context: BrowserContext | undefined;
  let version: string | undefined;
  const browserDir = benchTemp('browser-');
  const dataDir = benchTemp('data-');
  try {
    app = await startBenchApp(dataDir);
    context = await openBrowser(browserDir);
    version = browserVersion(context);
    let page: Page = await firstPage(context);
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    if (opts.wants('import')) {
      log('CSV-import mot golvet i Chromium …');
      await measureImportChromium(results, page, generateMembersCsv(data), data.tables.categories, data.tables.members.length, opts.plan);
    }
    // The rest needs the data set in the app's database.
    if (!(['start', 'search', 'heap', 'sync'] as const).some(opts.wants)) return version;
    log('Lägger in datamängden i IndexedDB …');
    const loaded = await loadDataset(page, data, log);
    const records = `${loaded} poster i IndexedDB`;

    // --only=<group> runs one group; the data set is loaded either way.
    if (opts.wants('start')) {
      log('Kallstart …');
      const reopen = async (): Promise<Page> => {
        await context!.close();
        context = await openBrowser(browserDir);
        page = await firstPage(context);
        return page;
      };
      const cold = await measureColdStart(reopen, app.url, opts.plan);
      results.set('start.cold', cold.total, `Från navigeringens start till att appen körs (React har tagit över skalet; varje kontroll fungerar) med översiktens rubrik på skärmen, och nästa bildruta, i en nystartad Chromium med profilen kvar (${records}); värdprocessen körs redan. Mätt i sidan av ett litet skript, inte med Playwrights väntan (som lägger in ett eget skript på 330 kB under starten). Median: HTML hämtad efter ${cold.documentLoaded.toFixed(0)} ms, skripten körda (DOMContentLoaded) efter ${cold.scriptsDone.toFixed(0)} ms.`);
      results.set('start.shell', cold.shell, `Samma kallstarter, till första målningen av skalet (navigeringen och översiktens rubrik, statisk HTML sedan session 4) och nästa bildruta; länkarna fungerar redan, innehållet väntar på appen.`);
      results.set('start.content', cold.content, `Samma kallstarter, till föreningens kort på översikten (läst ur IndexedDB) och nästa bildruta: skalet och rubriken visas innan databasen är öppen, kortet när den är det.`);
    }

    if (opts.wants('search')) {
      log('Medlemssökning …');
      const search = await measureSearch(page, app.url, opts.searchRounds, opts.searchTerms);
      if ('missing' in search) {
        results.skip('search.p50', search.missing);
        results.skip('search.p95', search.missing);
      } else if (search.samples.length === 0) {
        results.skip('search.p50', 'Inga tangenttryck gav någon ändring i listan.');
        results.skip('search.p95', 'Inga tangenttryck gav någon ändring i listan.');
      } else {
        const { p50, p95 } = searchStats(search.samples);
        const note = `${search.samples.length} av ${search.keystrokes} tangenttryck ändrade listan (de andra gav samma lista och mäts inte); från keydown till sista ändringen i listan med stil och layout gjorda. Listan har ${search.rowsInDom - 1} rader i DOM vid start och ${search.rowsAfterScroll - 1} efter rullning till mitten av ${data.tables.members.length}; min och max är över alla tangenttryck.`;
        results.set('search.p50', p50, note);
        results.set('search.p95', p95, note);
      }
    }

    if (opts.wants('heap')) {
      log('JS-heap …');
      const heap = await measureHeap(context, page, app.url, opts.heapRuns);
      results.set('heap.full', heap, `Använd JS-heap i renderaren efter full skräpsamling (CDP Runtime.getHeapUsage, MiB), efter att varje område öppnats en gång och medlemslistan visas (${records}).`);
    }

    if (opts.wants('sync')) {
      log('Synk i Chromium …');
      await measureBrowserSync(results, page, app.url, loaded, opts.slow);
    }
  } catch (e) {
    skipRest(`Mätningen i Chromium avbröts: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await context?.close().catch(() => undefined);
    await app?.stop();
    // The profile holds the whole data set (hundreds of MB at full size).
    for (const dir of [browserDir, dataDir]) rmSync(dir, { recursive: true, force: true });
  }
  return version;
}
