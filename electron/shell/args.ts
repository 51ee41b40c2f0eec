// Which profile (data directory) this start uses: `--data DIR` or `--data=DIR`, else KANSLI_DATA,
// else undefined (main falls back to the platform's per-user folder for "Kansli"). The same
// spelling as the browser host's command line, so a profile opens the same way in both shells.
import { resolve } from 'node:path';

export function dataDirFromArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): string | undefined {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) dir = next;
      i++;
    } else if (arg?.startsWith('--data=')) {
      const value = arg.slice('--data='.length);
      if (value !== '') dir = value;
    }
  }
  dir ??= env.KANSLI_DATA || undefined;
  return dir === undefined ? undefined : resolve(cwd, dir);
}
