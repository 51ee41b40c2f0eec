import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app://kansli in Electron and from the HTTP host in a browser;
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
