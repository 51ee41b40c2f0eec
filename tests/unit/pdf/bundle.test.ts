// The Node side ships as CommonJS bundles in dist-electron/ with pdfkit left external; the fonts
// must still be found from there, whatever the working directory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { pdfFonts, pdfText, squash } from './pdftools';

const root = path.resolve(__dirname, '../../..');

describe('bundled PDF service', () => {
  it('renders with the embedded font from a CommonJS bundle in dist-electron', { timeout: 60_000 }, async () => {
    const app = mkdtempSync(path.join(tmpdir(), 'kansli-bundle-'));
    symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir');
    mkdirSync(path.join(app, 'dist-electron'));
    const entry = path.join(app, 'entry.ts');
    writeFileSync(
      entry,
      `import { writeFileSync } from 'node:fs';
       import { renderPdf } from ${JSON.stringify(path.join(root, 'electron/services/pdf'))};
       renderPdf({ kind: 'notice', org: { name: 'Föreningen Ängö' }, data: {
         meeting: { title: 'Årsmöte § 1–2', kind: 'annual', date: '2025-03-18', locations: ['Hörsal Ö'] },
         agenda: [{ number: 1, title: '“Öppnande”' }] } })
         .then((bytes) => writeFileSync(process.argv[2], bytes));`,
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: path.join(app, 'dist-electron', 'main.cjs'),
      external: ['electron', 'pdfkit'],
      logLevel: 'silent',
    });
    expect(result.warnings).toEqual([]);
    const out = path.join(app, 'out.pdf');
    execFileSync(process.execPath, [path.join(app, 'dist-electron', 'main.cjs'), out], { cwd: tmpdir() });
    const bytes = readFileSync(out);
    expect(squash(pdfText(bytes))).toContain('Årsmöte § 1–2');
    expect(squash(pdfText(bytes))).toContain('“Öppnande”');
    expect(pdfFonts(bytes)).toMatch(/DejaVuSans/);
  });
});
