// import.csv: the members area's own import of 10,000 rows – read the CSV into a grid, check every
// row (identity numbers, e-mail, dates), plan it against the register (match by organisation
// number, personal number, e-mail; duplicates within the file), then write it in one transaction
// with stamps, the change log and the import record (MemberImportRepository.apply).
// import.floor: the same file through papaparse (header row, no checks) and one Dexie bulkAdd.
import Papa from 'papaparse';
import { readGrid, parseMemberGrid, FIELD_LABELS } from '../../renderer/src/domain/members/csv';
import { planImport } from '../../renderer/src/domain/members/importPlan';
import type { CategoryRecord, MemberRecord } from '../../renderer/src/domain/members/model';
import { MemberImportRepository } from '../../renderer/src/db/members/importRepository';
import { isLive, type Stamped } from '../../renderer/src/db/stamp';
import type { KansliDb } from '../../renderer/src/db/schema';
import { measurePair, ratios, type RunPlan } from '../lib/measure';
import type { ResultSet } from '../lib/results';
import type { Dataset } from '../generate';
import { deviceContext, dropDb, freshDb, seedCategories } from './fakeDb';

/** The whole import as the members area runs it after the user presses "Importera". */
export async function kansliImport(db: KansliDb, csv: string): Promise<{ added: number; rejected: number }> {
  const parsed = parseMemberGrid(readGrid(csv), undefined, { today: new Date('2026-01-15T12:00:00Z') });
  const existing = (await db.table<MemberRecord & Stamped>('members').toArray()).filter(isLive);
  const categories = (await db.table<CategoryRecord & Stamped>('categories').toArray()).filter(isLive);
  const plan = planImport(parsed, existing, categories, { today: '2026-01-15' });
  const record = await new MemberImportRepository(db, await deviceContext(db)).apply(plan, 'medlemmar.csv');
  return { added: record.counts.added, rejected: record.counts.rejected };
}

const KEY_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([field, label]) => [label, field]));

/**
 * The floor: what a developer writes without any checks. The Swedish headers are renamed to field
 * names (a lookup per cell) so the table's indexes (member number, name, e-mail…) are filled as
 * in Kansli's write; without that the floor would skip the index updates and not be comparable.
 */
export async function floorImport(db: KansliDb, csv: string): Promise<number> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transformHeader: (h) => KEY_BY_LABEL.get(h) ?? h });
  const rows = parsed.data.map((r) => ({ ...r, id: crypto.randomUUID(), memberNumber: Number(r.memberNumber) }));
  await db.table('members').bulkAdd(rows);
  return rows.length;
}

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
  const where = 'Node, Dexie på fake-indexeddb (Chromiums IndexedDB är snabbare)';
  results.set('import.csv', a, `${rows} rader: läsning, kontroll av varje rad, matchning mot registret, skrivning i en transaktion med ändringslogg (MemberImportRepository). ${where}.`);
  results.set('import.floor', b, `Samma fil: papaparse med rubrikrad och en bulkAdd, inga kontroller. ${where}.`);
  results.set('import.vsFloor', ratios(a, b), 'Kvot per omgång (Kansli / golvet), körda omväxlande.');
}
