// The fonts are parsed once per process and shared by every document (for speed). Each document
// must still embed its own subset: what one document drew must not leak into, or go missing from,
// the next.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { org, pressRelease } from './fixtures';
import { pdfText, squash } from './pdftools';

describe('fonts shared between documents', () => {
  it('gives the same bytes for the same release before and after another document', async () => {
    const release = pressRelease();
    const first = await renderPdf({ kind: 'press-release', org, data: release });
    // Characters the first release does not use, so the shared font meets glyphs it has not laid out.
    const other = pressRelease({ headline: 'Þórunn Ægisdóttir och Zoë Øvergård: ΑΒΓ‰ €', body: [] });
    const otherText = squash(pdfText(await renderPdf({ kind: 'press-release', org, data: other }), { layout: true }));
    const again = await renderPdf({ kind: 'press-release', org, data: release });

    expect(otherText).toContain('Þórunn Ægisdóttir och Zoë Øvergård: ΑΒΓ‰ €');
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(squash(pdfText(again, { layout: true }))).toContain('Rekordintresse för Norrland Digital');
  });
});
