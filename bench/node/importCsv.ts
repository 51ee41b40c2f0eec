// import.csv: the members area's own import of 10,000 rows – read the CSV into a grid, check every
// row (identity numbers, e-mail, dates), plan it against the register (match by organisation
// number, personal number, e-mail; duplicates within the file), then write it in one transaction
// with stamps, the change log and the import record (MemberImportRepository.apply).
// import.floor: the same file through papaparse (header row, no checks) and one Dexie bulkAdd.
import type { KansliDb } from '../../renderer/src/db/schema';
import { measurePair, ratios, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import type { Dataset } from '../generate';
import { dropDb, freshDb, seedCategories } from './fakeDb';
import { floorImport, kansliImport } from '../lib/importRuns';

export { floorImport, kansliImport };

export async function measureImport(results: ResultSet, data: Dataset, csv: string, plan: RunPlan): Promise<void> {
  const rows = data.tables.members.length;
  const check = await freshDb('import-check');
  await seedCategories(check, data);
  const outcome = await kansliImport(check, csv);
  await dropDb(check);
  if (outcome.added !== rows || outcome.rejected !== 0) throw new Error(`the import added ${outcome.added} of ${rows} rows (${outcome.rejected} rejected)`);

  const dbs: KansliDb[] = [];
  const { a, b } = await measurePair(
    plan,
    async () => {
      for (const old of dbs.splice(0)) await dropDb(old);
      const db = await freshDb('import');
      await seedCategories(db, data);
      dbs.push(db);
      return db;
    },
    (db) => kansliImport(db, csv),
    (db) => floorImport(db, csv),
  );
  for (const old of dbs.splice(0)) await dropDb(old);
  const where = 'Node, Dexie på fake-indexeddb (se import.vsFloorChromium för samma sak i Chromium)';
  results.set('import.csv', a, `${rows} rader: läsning, kontroll av varje rad, matchning mot registret, skrivning i en transaktion med ändringslogg (MemberImportRepository). ${where}.`);
  results.set('import.floor', b, `Samma fil: papaparse med rubrikrad och en bulkAdd, inga kontroller. ${where}.`);
  results.set('import.vsFloor', ratios(a, b), 'Kvot per omgång (Kansli / golvet), körda omväxlande.');
}
