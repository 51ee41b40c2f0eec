// `npm run bench [-- --quick]`: bundles the TypeScript benchmark with esbuild (Node 20 cannot run
// .ts), then runs it with the garbage collector exposed so runs start from a clean heap.
// Flags: --quick, --no-build (reuse .build/bench), --only=node|browser, --seed=N, --out=FILE.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, '.tmp', 'main.mjs');

// Scratch space (bundle, data folders, browser profiles): never committed.
mkdirSync(join(here, '.tmp'), { recursive: true });
writeFileSync(join(here, '.tmp', '.gitignore'), '*\n');

await build({
  entryPoints: [join(here, 'main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile,
  // Packages stay in node_modules: pdfkit reads its font metrics beside its code, Automerge loads
  // its WebAssembly, and fake-indexeddb/Dexie must be one instance.
  packages: 'external',
  logLevel: 'warning',
  // A real `require` in the ESM bundle: the PDF service resolves its font files with require.resolve.
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
});

const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--max-semi-space-size=64', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: join(here, '..') });
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
