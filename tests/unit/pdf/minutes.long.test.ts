import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';

describe('minutes with a very long paragraph', () => {
  it('exports a 100,000-character report typed into one §, as drafted offline', async () => {
    const notes = 'Kassören redogjorde för föreningens ekonomi. '.repeat(2300);
    expect(notes.length).toBeGreaterThan(100_000);
    const pdf = await renderPdf({
      kind: 'minutes',
      org: { name: 'IT-nätverket Norr' },
      data: {
        meeting: { title: 'Styrelsemöte 3/2025', kind: 'constituent', date: '2025-03-18', locations: ['Umeå'] },
        attendees: [{ name: 'Anna Lindqvist', present: true }],
        chair: 'Anna Lindqvist',
        secretary: 'Sofia Berg',
        adjusters: ['Karin Öberg'],
        items: [{ number: 1, title: 'Ekonomisk rapport', notes, decisions: [], actions: [] }],
        status: 'draft',
      },
    });
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});
