// The first thing the page does: ask the browser to open the database's storage, before React,
// Dexie and the app's code have even been parsed. With a full register the browser spends most of
// a second opening IndexedDB's files on disk (measured in a Chromium trace: BackingStore's open,
// 0.8 s of the cold start, under load), and it does so only when the page first asks. Asking here,
// with the plain IndexedDB API and no library, lets that run alongside loading the scripts; the
// app's own Dexie connection then finds the storage already open.
//
// The early connection never changes anything: it opens whatever version is there, backs out of
// creating a database that does not exist yet (Dexie creates it with the schema), and steps aside
// for an upgrade. `release()` closes it once the app's connection is open.

export type WarmDatabase = { release(): void };

export function warmDatabase(name: string, idb: IDBFactory | null = globalThis.indexedDB ?? null): WarmDatabase {
  let db: IDBDatabase | undefined;
  let released = false;
  try {
    if (!idb) return { release() {} };
    const req = idb.open(name);
    // No database yet (first start): abort, so it is not created at version 1 without tables.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      db = req.result;
      // A newer app version upgrading the schema must not wait for this connection.
      db.onversionchange = () => db?.close();
      if (released) db.close();
    };
    req.onerror = (e) => e.preventDefault();
  } catch {
    // No usable IndexedDB here: the app's own open reports it.
  }
  return {
    release() {
      released = true;
      db?.close();
    },
  };
}

/** Asks the browser to keep the database: without persistent storage, a browser under disk pressure may evict an origin's IndexedDB. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
