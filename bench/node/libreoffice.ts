// pdf.vsLibreOffice: the minutes as a .docx converted by LibreOffice (`soffice --headless
// --convert-to pdf`), against Kansli's minutes PDF. Runs only where LibreOffice is installed; the
// .docx is a minimal WordprocessingML document with the same headings and paragraphs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { MinutesInput } from '../../electron/services/pdf/models/minutes';
import { measure, stats, type RunPlan } from '../lib/measure';
import { which } from '../lib/machine';
import type { ResultSet } from '../lib/results';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;

/** The minutes as a .docx: title, attendance, one heading per §, its notes and decisions, signatures. */
export function minutesDocx(m: MinutesInput): Uint8Array {
  const body: string[] = [para(m.meeting.title, 'Title'), para(`${m.meeting.date} ${m.meeting.startTime ?? ''}–${m.meeting.endTime ?? ''}`)];
  body.push(para('Närvarande', 'Heading2'), ...(m.attendees ?? []).map((a) => para(`${a.name}${a.role ? `, ${a.role}` : ''}`)));
  for (const item of m.items) {
    body.push(para(`§ ${item.number} ${item.title}`, 'Heading2'));
    if (item.notes) body.push(para(item.notes));
    for (const d of item.decisions ?? []) body.push(para(d));
  }
  body.push(para('Vid protokollet'), para(m.secretary), para('Justeras'), para(m.chair), ...(m.adjusters ?? []).map((a) => para(a)));
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(document),
  });
}

export async function measureLibreOffice(results: ResultSet, model: MinutesInput, kansliMinutesMs: number | undefined, plan: RunPlan): Promise<void> {
  const soffice = which('soffice') ?? which('libreoffice');
  if (!soffice) {
    results.skip('pdf.vsLibreOffice', 'LibreOffice (soffice) är inte installerat på den här maskinen; installera Debians paket libreoffice-writer och kör igen.');
    return;
  }
  if (kansliMinutesMs === undefined) {
    results.skip('pdf.vsLibreOffice', 'Kanslis protokoll-PDF mättes inte i den här körningen.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kansli-bench-lo-'));
  try {
    const file = join(dir, 'protokoll.docx');
    writeFileSync(file, minutesDocx(model));
    // Its own profile, so a LibreOffice the user has open is neither used nor disturbed.
    const profile = `file://${join(dir, 'profile')}`;
    const s = await measure(plan, () => undefined, () =>
      execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore' }),
    );
    results.set('pdf.vsLibreOffice', stats(s.samples.map((ms) => ms / kansliMinutesMs)), `LibreOffice ${s.median.toFixed(0)} ms (median, en process per konvertering, som från ett skript) / Kanslis protokoll-PDF.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
