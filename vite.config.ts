import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = resolve(fileURLToPath(import.meta.url), '..');
const rendererDir = resolve(projectDir, 'renderer');

/** The shell's markup in each language, rendered with React from ui/StartShell.tsx (the app's own components). */
async function renderShell(): Promise<{ sv: string; en: string }> {
  const out = await esbuild({
    stdin: {
      contents: `import { renderToStaticMarkup } from 'react-dom/server'; import { createElement } from 'react'; import { StartShell } from './src/ui/StartShell.tsx';
        export const render = (lang) => renderToStaticMarkup(createElement(StartShell, { lang }));`,
      resolveDir: rendererDir,
      loader: 'tsx',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    packages: 'external',
    write: false,
    logLevel: 'warning',
  });
  // Written beside node_modules so that React resolves from it.
  const dir = resolve(projectDir, 'node_modules/.cache/kansli-shell');
  const file = resolve(dir, `shell-${process.pid}-${Date.now()}.mjs`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, out.outputFiles[0]!.contents);
  try {
    const { render } = (await import(pathToFileURL(file).href)) as { render: (lang: 'sv' | 'en') => string };
    return { sv: render('sv'), en: render('en') };
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * The shell (navigation and the overview's heading) as static HTML in index.html, so it paints as
 * soon as the page and its stylesheet are there, without waiting for React and the app's code
 * (about 0.35 MB of JS to load, compile and run). The app replaces it with the same markup (see
 * ui/StartShell.tsx). A small script of its own (src/shell.ts), deferred and render-blocking, runs
 * before that first paint: it applies the remembered language and theme and the area in the
 * address, and keeps the shell's links and skip link working until React takes over.
 */
function staticShell(): Plugin {
  let isBuild = false;
  let scriptRef: string | undefined;
  return {
    name: 'kansli:static-shell',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      if (!isBuild) return;
      const out = await esbuild({ entryPoints: [resolve(rendererDir, 'src/shell.ts')], bundle: true, format: 'iife', target: 'es2022', minify: true, write: false, logLevel: 'warning' });
      scriptRef = this.emitFile({ type: 'asset', name: 'shell.js', source: out.outputFiles[0]!.text });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const { sv, en } = await renderShell();
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error('staticShell: no empty #root in index.html');
        html = html.replace(root, `<div id="root">${sv}</div>\n    <template id="shell-en">${en}</template>`);
        if (!isBuild) return { html, tags: [{ tag: 'script', attrs: { type: 'module', blocking: 'render', src: '/src/shell.ts' }, injectTo: 'head' as const }] };
        const asset = Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && ((f as { names?: string[] }).names ?? [f.name]).includes('shell.js'));
        if (!asset || !scriptRef) throw new Error('staticShell: the shell script was not built');
        // First in the head, before the entry and the preloads: the browser reads its cache in about
        // the order asked, and the first paint waits for the stylesheet and this script.
        const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
        for (const link of styles) html = html.replace(link, '').replace(/\n\s*\n/, '\n');
        const first = html.search(/<script |<link rel="preload"/);
        if (first < 0) throw new Error('staticShell: no script in the head');
        const script = `<script defer blocking="render" fetchpriority="high" src="./${asset.fileName}"></script>`;
        return html.slice(0, first) + [...styles, script].join('\n    ') + '\n    ' + html.slice(first);
      },
    },
  };
}

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
  plugins: [react(), preloadBoot('/src/boot.tsx'), staticShell()],
  // KANSLI_BUILD_DIR lets parallel work build side by side without overwriting each other.
  build: { outDir: `${process.env.KANSLI_BUILD_DIR ? resolve(process.env.KANSLI_BUILD_DIR) : '..'}/dist/renderer`, emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
