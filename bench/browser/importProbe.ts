// import.vsFloor in Chromium: the members area's import and the floor, on the browser's own
// IndexedDB, in the app's page (where the import runs for a user). Each side gets a fresh database
// of its own with the register's categories, so the app's 'kansli' database is not touched.
// Bundled for the page by bench/browser/importChromium.ts; not part of the app.
import { KansliDb } from '../../renderer/src/db/schema';
import { floorImport, kansliImport } from '../lib/importRuns';

export type ImportRound = { kansli: number; floor: number; added: number };

let csv = '';
let categories: unknown[] = [];
let count = 0;

async function fresh(): Promise<KansliDb> {
  const db = new KansliDb(`bench-import-${++count}`);
  await db.open();
  await db.table('categories').bulkAdd(categories);
  return db;
}

async function timed(fn: (db: KansliDb) => Promise<unknown>): Promise<{ ms: number; result: unknown }> {
  const db = await fresh();
  try {
    const t0 = performance.now();
    const result = await fn(db);
    return { ms: performance.now() - t0, result };
  } finally {
    db.close();
    await db.delete();
  }
}

/** One interleaved pair; which side goes first alternates, so drift in the load hits both alike. */
async function round(i: number): Promise<ImportRound> {
  const k = () => timed((db) => kansliImport(db, csv));
  const f = () => timed((db) => floorImport(db, csv));
  const [a, b] = i % 2 === 0 ? [await k(), await f()] : [await f(), await k()].reverse();
  return { kansli: a!.ms, floor: b!.ms, added: (a!.result as { added: number }).added };
}

(window as unknown as { __kansliImportBench: unknown }).__kansliImportBench = {
  setup(text: string, json: string): void {
    csv = text;
    categories = JSON.parse(json) as unknown[];
  },
  round,
};
