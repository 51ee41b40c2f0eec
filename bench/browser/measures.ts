// What a user feels in the browser: cold start to an interactive overview, a keystroke in the
// member search to the updated list, and the renderer's JS heap with the data set open.
import type { BrowserContext, Page } from 'playwright-core';
import { percentile, stats, type RunPlan, type Stats } from '../lib/measure';

/**
 * From navigation start (the page's time origin), on the page's own clock:
 * - `shell`: the overview's heading in the DOM and the next animation frame. Since session 4 the
 *   shell (navigation, heading) is static HTML, so this is the first paint;
 * - `total` (start.cold): the app running, i.e. React has taken the shell over (boot.tsx releases
 *   the static shell's script and renders the same markup), and the next frame: from here every
 *   control works. Without a static shell it is the heading React rendered;
 * - `content`: the association's card, read from IndexedDB, and the next frame.
 * Recorded by a small script added before the page's own, and read once the card is there: waiting
 * with Playwright's locators instead injects Playwright's own 330 kB script into the page during
 * the start, which a user's page never runs (about 300 ms of the main thread in a trace).
 */
export type ColdStart = { total: Stats; shell: Stats; content: Stats; documentLoaded: number; scriptsDone: number };

const RECORDER = `(() => {
  const rec = { shell: 0, app: 0, card: 0 };
  let done;
  rec.done = new Promise((r) => { done = r; });
  window.__kansliStart = rec;
  const frame = (key) => requestAnimationFrame(() => { rec[key] = performance.now(); if (rec.app && rec.card) done(); });
  let shell;
  let released = false;
  Object.defineProperty(window, 'kansliShell', {
    configurable: true,
    get: () => shell,
    set: (v) => {
      const release = v.release.bind(v);
      v.release = () => { release(); if (!released) { released = true; queueMicrotask(() => frame('app')); } };
      shell = v;
    },
  });
  let heading = false, card = false;
  const check = () => {
    if (!heading && document.querySelector('h1')) {
      heading = true;
      frame('shell');
      // A heading added after the page was parsed, with no static shell: React rendered it.
      if (!shell && document.readyState !== 'loading') frame('app');
    }
    if (!card && document.querySelector('.org-card__name')) { card = true; frame('card'); }
    if (heading && card) mo.disconnect();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
})();`;

/** One cold start: [to interactive, to the HTML received, to DOMContentLoaded (scripts run), to the card, to the shell's first paint]. */
export async function coldStart(page: Page, url: string): Promise<[number, number, number, number, number]> {
  await page.addInitScript(RECORDER);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url, { waitUntil: 'commit' });
  const expression = `new Promise((ok) => {
    const wait = () => window.__kansliStart ? window.__kansliStart.done.then(() => {
      const r = window.__kansliStart;
      const nav = performance.getEntriesByType('navigation')[0];
      ok([r.app, nav ? nav.responseEnd : 0, nav ? nav.domContentLoadedEventEnd : 0, r.card, r.shell]);
    }) : setTimeout(wait, 20);
    wait();
  })`;
  for (let i = 0; ; i++) {
    try {
      const res = (await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown } };
      const v = res.result.value;
      if (Array.isArray(v) && v.length === 5) return v as [number, number, number, number, number];
    } catch (e) {
      // The first try may land in the document being replaced by the navigation.
      if (i > 40) throw e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function measureColdStart(reopen: () => Promise<Page>, url: string, plan: RunPlan): Promise<ColdStart> {
  const runs: [number, number, number, number, number][] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const page = await reopen();
    const r = await coldStart(page, url);
    if (i >= plan.warmup) runs.push(r);
  }
  const median = (k: number) => stats(runs.map((r) => r[k]!)).median;
  return { total: stats(runs.map((r) => r[0])), content: stats(runs.map((r) => r[3])), shell: stats(runs.map((r) => r[4])), documentLoaded: median(1), scriptsDone: median(2) };
}

/** Terms an officer types into the member search: names, towns, numbers, e-mail parts. */
const TERMS = ['andersson', 'göteborg', '5560', 'data ab', 'umeå', 'karin', 'info@', '070-', 'nyström', 'konsult'];

type SearchOutcome = { samples: number[]; keystrokes: number; rowsInDom: number; rowsAfterScroll: number };

/** Installs the recorder: per keystroke in the search box, the time to the last change of the list. */
async function installRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Pending = { t0: number; last: number | null; fromKey: boolean };
    const w = window as unknown as { __bench: { pending: Pending | null; done: (number | null)[] } };
    const input = document.querySelector<HTMLInputElement>('input[type=search]');
    const main = document.querySelector('main') ?? document.body;
    w.__bench = { pending: null, done: [] };
    const finish = () => {
      const p = w.__bench.pending;
      if (p) w.__bench.done.push(p.last === null ? null : p.last - p.t0);
      w.__bench.pending = null;
    };
    // A keystroke starts at its keydown; characters typed without one (å, ä, ö come in through
    // insertText, as from an input method) start at their beforeinput.
    const start = (t0: number, fromKey: boolean) => {
      finish();
      w.__bench.pending = { t0, last: null, fromKey };
    };
    document.addEventListener('keydown', (e) => {
      if (e.target === input) start(e.timeStamp, true);
    }, true);
    document.addEventListener('beforeinput', (e) => {
      const p = w.__bench.pending;
      if (e.target !== input || (p && p.fromKey && p.last === null && e.timeStamp - p.t0 < 50)) return;
      start(e.timeStamp, false);
    }, true);
    new MutationObserver((records) => {
      const p = w.__bench.pending;
      if (!p || records.every((r) => r.target === input)) return;
      // Style and layout of the new list are part of the update: force them before reading the clock.
      void (main as HTMLElement).offsetHeight;
      p.last = performance.now();
    }).observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
    (window as unknown as { __benchFinish: () => void }).__benchFinish = finish;
  });
}

/** Waits until the list has been still for `quietMs` after the last keystroke. */
async function settle(page: Page, quietMs = 120): Promise<void> {
  await page.waitForFunction((quiet) => {
    const p = (window as unknown as { __bench: { pending: { t0: number; last: number | null } | null } }).__bench.pending;
    if (!p) return true;
    return performance.now() - (p.last ?? p.t0) > quiet;
  }, quietMs, { polling: 20 });
}

export async function measureSearch(page: Page, url: string, rounds: number, terms = TERMS.length): Promise<SearchOutcome | { missing: string }> {
  await page.goto(url.replace(/#.*$/, '#/medlemmar'));
  const box = page.getByRole('searchbox', { name: 'Sök' });
  try {
    await box.waitFor({ timeout: 60_000 });
  } catch {
    return { missing: 'Medlemslistan har ingen sökruta märkt ”Sök” under #/medlemmar.' };
  }
  await page.locator('[role=table] [role=row]').nth(5).waitFor({ timeout: 60_000 });
  const rowsInDom = await page.locator('[role=table] [role=row]').count();
  await page.locator('[role=table] [role=rowgroup]').last().evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await page.locator('[role=table] [role=row]').nth(5).waitFor();
  const rowsAfterScroll = await page.locator('[role=table] [role=row]').count();
  await box.click();
  await box.fill('');
  await installRecorder(page);
  let keystrokes = 0;
  for (let r = 0; r < rounds; r++) {
    for (const term of TERMS.slice(0, terms)) {
      for (const ch of term) {
        if (/^[a-z0-9@ .-]$/.test(ch)) await page.keyboard.press(ch === ' ' ? 'Space' : ch);
        else await page.keyboard.insertText(ch);
        keystrokes++;
        await settle(page);
      }
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      keystrokes++;
      await settle(page);
    }
  }
  const done = await page.evaluate(() => {
    (window as unknown as { __benchFinish: () => void }).__benchFinish();
    return (window as unknown as { __bench: { done: (number | null)[] } }).__bench.done;
  });
  return { samples: done.filter((d): d is number => d !== null), keystrokes, rowsInDom, rowsAfterScroll };
}

export function searchStats(samples: number[]): { p50: Stats; p95: Stats } {
  const sorted = [...samples].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  return {
    p50: { median: percentile(sorted, 50), min, max, samples },
    p95: { median: percentile(sorted, 95), min, max, samples },
  };
}

/** The renderer's used JS heap after a full garbage collection, in MiB (CDP Runtime.getHeapUsage). */
export async function usedHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

export const AREAS = ['#/medlemmar', '#/avgifter', '#/moten', '#/press', '#/stadgar', '#/synk', '#/medlemmar'];

/** Opens every area once (each loads what it shows), ends on the member list, then reads the heap. */
export async function measureHeap(context: BrowserContext, page: Page, url: string, runs: number): Promise<Stats> {
  const base = url.replace(/#.*$/, '');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const area of AREAS) {
      await page.goto(base + area);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.locator('[role=table] [role=row]').nth(5).waitFor({ timeout: 60_000 }).catch(() => undefined);
    samples.push(await usedHeap(context, page));
  }
  return stats(samples);
}
