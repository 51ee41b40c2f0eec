import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

type OutChunk = { type: 'chunk'; fileName: string; imports: string[]; dynamicImports: string[]; facadeModuleId: string | null };

/**
 * The entry (main.tsx) is small and loads the rest of start-up (boot.tsx) with `import()`, so its
 * early work starts before the big chunks are parsed. Without help the browser would only ask for
 * those chunks once the entry has run; this lists them in the page's head as preloads, so they
 * are fetched alongside the entry. Plain `preload`, not `modulepreload`: Chromium compiles a
 * modulepreload at once on the main thread (0.2 s in a trace under load), which held back the
 * entry; a preload only fetches, and the compile happens when the entry imports the chunk.
 * The entry is an async module script, which Chromium fetches at low priority, behind the
 * preloads: it is marked `fetchpriority="high"` (Vite drops the attribute from the source).
 */
function preloadBoot(entry: string): Plugin {
  return {
    name: 'kansli:preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle as Record<string, OutChunk | { type: 'asset' }> | undefined;
        if (!bundle || !ctx.chunk) return html;
        const chunks = Object.values(bundle).filter((c): c is OutChunk => c.type === 'chunk');
        const boot = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(entry));
        if (!boot) throw new Error(`preloadBoot: no chunk for ${entry}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName) || fileName === ctx.chunk!.fileName) return;
          files.add(fileName);
          for (const f of (bundle[fileName] as OutChunk).imports) visit(f);
        };
        visit(boot.fileName);
        const base = './';
        const tags = [...files].filter((f) => !html.includes(`${base}${f}"`)).map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'script', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const }));
        const entryTag = `<script async type="module" crossorigin src="${base}${ctx.chunk.fileName}"></script>`;
        if (!html.includes(entryTag)) throw new Error('preloadBoot: the entry script tag is not where expected');
        return { html: html.replace(entryTag, entryTag.replace('<script ', '<script fetchpriority="high" ')), tags };
      },
    },
  };
}

// The renderer is served from app://kansli in Electron and from the HTTP host in a browser;
// relative asset paths work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadBoot('/src/boot.tsx')],
  // KANSLI_BUILD_DIR lets parallel work build side by side without overwriting each other.
  build: { outDir: `${process.env.KANSLI_BUILD_DIR ? resolve(process.env.KANSLI_BUILD_DIR) : '..'}/dist/renderer`, emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
