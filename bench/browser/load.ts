// Puts the data set into the app's own IndexedDB database ('kansli', created by the app on its
// first start) through the page, in chunks, as if it had been typed in and synced over years.
import type { Page } from 'playwright-core';
import { PROFILE_ID } from '../../renderer/src/domain/org/profile';
import type { Dataset } from '../generate';
import { Stamper } from '../gen/stamp';

// Sent as JSON text: Playwright serialises a string far faster than the same rows as objects.
const CHUNK = 10_000;

type Put = { table: string; json: string };

export function profileRecord(data: Dataset): unknown {
  return new Stamper(data.deviceId).stamp(
    { name: 'IT-nätverket Norr', organisationNumber: '802456-7896', street: 'Storgatan 12', postalCode: '903 26', city: 'Umeå', email: 'kansli@itnorr.se', color: '#0e7490', bankgiro: '5050-1055', fiscalYearStart: '01-01', pressContacts: [] },
    PROFILE_ID,
    '2015-01-01T09:00:00.000Z',
  );
}

export async function loadDataset(page: Page, data: Dataset, log: (s: string) => void): Promise<number> {
  const tables = Object.entries(data.tables) as [string, unknown[]][];
  tables.unshift(['profile', [profileRecord(data)]]);
  let total = 0;
  for (const [table, rows] of tables) {
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const put: Put = { table, json: JSON.stringify(chunk) };
      await page.evaluate(async ({ table: name, json }: Put) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('kansli');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        try {
          await new Promise<void>((ok, fail) => {
            const tx = db.transaction(name, 'readwrite');
            const store = tx.objectStore(name);
            for (const row of JSON.parse(json) as unknown[]) store.put(row);
            tx.oncomplete = () => ok();
            tx.onerror = () => fail(tx.error);
          });
        } finally {
          db.close();
        }
      }, put);
      total += chunk.length;
    }
    log(`  ${table}: ${rows.length}`);
  }
  return total;
}
