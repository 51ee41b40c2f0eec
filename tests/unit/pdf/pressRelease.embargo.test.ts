import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { pdfText as text } from './pdftools';

const release = {
  date: '2025-09-01',
  headline: 'Norrlands IT-företag växer trots lågkonjunkturen',
  lead: 'Medlemsföretagen anställde 412 personer under första halvåret.',
  body: [{ type: 'quote' as const, text: 'Vi ser en stark framtidstro.', name: 'Anna Lindqvist', title: 'ordförande' }],
  contacts: [],
};

describe('press release embargo and attribution', () => {
  it('prints the embargo under the label when there is one, and not otherwise', async () => {
    const withEmbargo = text(await renderPdf({ kind: 'press-release', org: { name: 'IT-nätverket Norr' }, data: { ...release, embargo: '2025-09-02T08:00' } }));
    expect(withEmbargo).toContain('EMBARGO: Får publiceras tidigast 2 september 2025 kl. 08.00');
    const without = text(await renderPdf({ kind: 'press-release', org: { name: 'IT-nätverket Norr' }, data: release }));
    expect(without).not.toContain('EMBARGO');
  });

  it('signs a quote with an en dash, as Swedish practice is', async () => {
    const out = text(await renderPdf({ kind: 'press-release', org: { name: 'IT-nätverket Norr' }, data: release }));
    expect(out).toContain('– Anna Lindqvist, ordförande');
  });

  it('refuses an embargo that is not a local date and time', async () => {
    await expect(renderPdf({ kind: 'press-release', org: { name: 'F' }, data: { ...release, embargo: 'i morgon' } })).rejects.toThrow(/embargo/);
  });
});
