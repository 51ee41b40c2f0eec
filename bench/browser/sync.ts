// sync.full, sync.incremental and sync.fileSize in Chromium: the sync area's engine on the app's
// IndexedDB, the file written through the browser host (lock, atomic write, generations).
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stats, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import { PASSPHRASE } from '../node/syncFile';
import { benchTemp } from './app';
import { installProbe, probeCreate, probeEdit } from './probe';

const DEVICE = '5b0e2f3c-7a41-4d8e-9c65-0b3c4e5f6a71';

const STEP_TEXT: Record<string, string> = {
  lock: 'låsning',
  read: 'läsning av filen, dekryptering och avkodning',
  merge: 'läsning av IndexedDB, sammanslagning och tillämpning',
  write: 'kodning, kryptering och skrivning via värden',
};

/** "Median per steg: …" from the engine's step marks. */
function stepText(runs: Record<string, number>[]): string {
  const parts = Object.keys(STEP_TEXT).flatMap((step) => {
    const values = runs.map((r) => r[step]).filter((v): v is number => v !== undefined);
    return values.length ? [`${STEP_TEXT[step]} ${stats(values).median.toFixed(0)} ms`] : [];
  });
  return parts.length ? `Median per steg: ${parts.join(', ')}.` : '';
}

/** Both are slow at full size (the whole data set is read and written each time), so both use the short plan. */
export async function measureBrowserSync(results: ResultSet, page: Page, url: string, records: number, slow: RunPlan): Promise<void> {
  // From the sync screen, where an officer presses "Synkronisera". Left on the member list (where
  // the heap group ends), each of the untimed edits made the list re-read all 10,000 members, and
  // that work overlapped the timed sync that followed.
  await page.goto(url.replace(/#.*$/, '#/synk'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await installProbe(page);
  const dir = benchTemp('sync-');
  try {
    const full: number[] = [];
    const fullSteps: Record<string, number>[] = [];
    let path = '';
    for (let i = 0; i < slow.warmup + slow.runs; i++) {
      path = join(dir, `forsta-${i}.kansli`);
      const r = await probeCreate(page, path, PASSPHRASE, DEVICE);
      if (!r.written) throw new Error('den första synken skrev ingen fil');
      if (i >= slow.warmup) {
        full.push(r.ms);
        fullSteps.push(r.steps);
      }
    }
    results.set('sync.full', stats(full), `Synkområdets motor (syncNow, läge ”skapa”) i Chromium: läs alla ${records} poster ur IndexedDB, slå samman, koda, komprimera, härled nyckeln ur lösenfrasen (PBKDF2, 600 000 varv) och kryptera, skriv filen via värden (lås, atomisk skrivning). ${stepText(fullSteps)}`);
    results.set('sync.fileSize', stats([statSync(path).size]), `Synkfilen för hela datamängden (${records} poster), krypterad och komprimerad, som appen skrev den.`);

    const inc: number[] = [];
    const incSteps: Record<string, number>[] = [];
    // KANSLI_BENCH_CPUPROFILE=<file>: the renderer's CPU profile of the last incremental sync, for DevTools.
    const profileTo = process.env.KANSLI_BENCH_CPUPROFILE;
    const cdp = profileTo ? await page.context().newCDPSession(page) : undefined;
    for (let i = 0; i < slow.warmup + slow.runs; i++) {
      const last = i === slow.warmup + slow.runs - 1;
      if (cdp && last) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.setSamplingInterval', { interval: 200 })).then(() => cdp.send('Profiler.start'));
      const r = await probeEdit(page, path, i + 1, DEVICE);
      if (cdp && last) writeFileSync(profileTo!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      if (!r.written || r.out !== 10) throw new Error(`synken efter tio ändringar skickade ${r.out} poster`);
      if (i >= slow.warmup) {
        inc.push(r.ms);
        incSteps.push(r.steps);
      }
    }
    results.set('sync.incremental', stats(inc), `Tio medlemmar ändrade genom MemberRepository (utanför mätningen), sedan syncNow i Chromium: läs och dekryptera filen, läs IndexedDB, slå samman, tillämpa, skriv tillbaka; nyckeln finns kvar i sessionen. ${stepText(incSteps)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
