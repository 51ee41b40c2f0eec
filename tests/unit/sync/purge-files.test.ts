// After an erasure the older files beside the shared file (generations, archived conflict copies)
// still hold the member's data: the purge removes them and leaves the shared file and anything
// else in the folder alone.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyDir, writeShared } from '../../../electron/services/sync/shared';
import { purgeHistory } from '../../../electron/services/sync/purge';
import { sha256 } from '../../../electron/services/sync/atomic';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const bytes = (s: string) => new TextEncoder().encode(s);

describe('purging the shared file\'s history after an erasure', () => {
  it('removes every generation and archived copy, keeps the file and its neighbours', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kansli-purge-'));
    dirs.push(dir);
    const file = join(dir, 'Föreningen.kansli');
    let base: string | null = null;
    for (const text of ['Anna Andersson, anna@telia.com', 'Anna Andersson, 070-123 45 67', 'Anonymiserad medlem nr 17']) {
      const w = await writeShared({ path: file, bytes: bytes(text), expectedBaseHash: base });
      expect(w.status).toBe('written');
      base = sha256(bytes(text));
    }
    writeFileSync(join(dir, 'Föreningen (1).kansli'), 'Anna Andersson');
    await writeShared({ path: file, bytes: bytes('Anonymiserad medlem nr 17.'), expectedBaseHash: base, archive: ['Föreningen (1).kansli'] });
    writeFileSync(join(dir, 'Protokoll 2026.pdf'), 'inte vårt');
    expect(readdirSync(join(historyDir(file), 'generations'))).toHaveLength(3);
    expect(readdirSync(join(historyDir(file), 'archive'))).toHaveLength(1);

    expect(await purgeHistory(file)).toEqual({ removed: 4 });
    expect(existsSync(historyDir(file))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['Föreningen.kansli', 'Protokoll 2026.pdf']);
    // Nothing left to purge is not an error.
    expect(await purgeHistory(file)).toEqual({ removed: 0 });
  });
});
