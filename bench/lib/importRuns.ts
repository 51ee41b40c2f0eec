// The two sides of import.vsFloor, shared by the Node measurement (on fake-indexeddb) and the
// Chromium one (bench/browser/importProbe.ts, on the browser's IndexedDB): no Node imports here.
import Papa from 'papaparse';
import { readGrid, parseMemberGrid, FIELD_LABELS } from '../../renderer/src/domain/members/csv';
import { planImport } from '../../renderer/src/domain/members/importPlan';
import type { CategoryRecord, MemberRecord } from '../../renderer/src/domain/members/model';
import { MemberImportRepository } from '../../renderer/src/db/members/importRepository';
import { openDeviceContext } from '../../renderer/src/db/context';
import { isLive, type Stamped } from '../../renderer/src/db/stamp';
import type { KansliDb } from '../../renderer/src/db/schema';

export const BENCH_DEVICE = '7d2c9a40-5b1e-4c3f-8e21-0c4d5e6f7a81';

/** The whole import as the members area runs it after the user presses "Importera". */
export async function kansliImport(db: KansliDb, csv: string): Promise<{ added: number; rejected: number }> {
  const parsed = parseMemberGrid(readGrid(csv), undefined, { today: new Date('2026-01-15T12:00:00Z') });
  const existing = (await db.table<MemberRecord & Stamped>('members').toArray()).filter(isLive);
  const categories = (await db.table<CategoryRecord & Stamped>('categories').toArray()).filter(isLive);
  const plan = planImport(parsed, existing, categories, { today: '2026-01-15' });
  const record = await new MemberImportRepository(db, await openDeviceContext(db, BENCH_DEVICE, 'Bänk Kassör', () => new Date('2026-01-15T09:00:00.000Z'))).apply(plan, 'medlemmar.csv');
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
