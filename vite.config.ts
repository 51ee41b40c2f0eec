import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The renderer is served from app://kansli in Electron and from the HTTP host in a browser;
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // KANSLI_BUILD_DIR lets parallel work build side by side without overwriting each other.
  build: { outDir: `${process.env.KANSLI_BUILD_DIR ? resolve(process.env.KANSLI_BUILD_DIR) : '..'}/dist/renderer`, emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
