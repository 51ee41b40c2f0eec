// Compiles the Node side (main, preload, the browser host and the launcher) to CommonJS that
// Electron and plain Node load directly. esbuild rather than electron-vite: four entry points and
// no HMR needed on the Node side, so one small script beats another framework's conventions.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: `${process.env.KANSLI_BUILD_DIR ?? '.'}/dist-electron`,
  outExtension: { '.js': '.cjs' },
  sourcemap: false,
  logLevel: 'warning',
  // pdfkit reads its font metrics from files next to its own code, so it stays in node_modules.
  external: ['electron', 'pdfkit'],
};

await build({ ...common, entryPoints: { main: 'electron/main.ts', launch: 'electron/launch.ts', host: 'electron/host/start.ts' } });
// The preload runs sandboxed: it may only require 'electron', so everything else is bundled in.
await build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, external: ['electron'] });
