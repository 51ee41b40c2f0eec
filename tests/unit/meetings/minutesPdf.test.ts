// The minutes PDF as a reader of Swedish minutes checks it: who approved and when, a corrected
// revision and what it changed, "omedelbart justerad", elections in their §, bilagor, and
// attendance in three groups. Read back with pdftotext.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import type { MinutesInput } from '../../../electron/services/pdf/models/minutes';
import { pdfText, squash } from '../pdf/pdftools';

/** Set KANSLI_PDF_OUT=/some/dir to keep the PDFs for looking at them as PNG. */
function keep(name: string, bytes: Uint8Array): void {
  const dir = process.env.KANSLI_PDF_OUT;
  if (dir) writeFileSync(path.join(dir, name), bytes);
}

const org = { name: 'IT-nätverket Norr', organisationNumber: '802456-7890', color: '#1d4ed8' };

function annual(over: Partial<MinutesInput> = {}): MinutesInput {
  return {
    meeting: { title: 'Årsmöte 2026', kind: 'annual', date: '2026-03-14', startTime: '13:00', endTime: '15:30', locations: ['Umeå Folkets hus', 'Luleå, Kulturens hus'] },
    attendees: [
      { name: 'Anna Lindqvist', role: 'Nordvik Data AB', present: true, presence: 'present' },
      { name: 'Erik Berg', role: 'Älvdalens Molntjänster AB', present: true, presence: 'present' },
      { name: 'Maria Nilsson', role: 'revisor', present: true, presence: 'coopted' },
      { name: 'Olof Ek', present: false, presence: 'absent' },
    ],
    chair: 'Anna Lindqvist',
    secretary: 'Erik Berg',
    adjusters: ['Karin Öberg', 'Johan Åström'],
    items: [
      { number: 1, title: 'Mötets öppnande', notes: 'Ordföranden hälsade välkommen och förklarade mötet öppnat.', decisions: [], actions: [] },
      { number: 8, title: 'Styrelsens verksamhetsberättelse', notes: 'Verksamhetsberättelsen föredrogs (stadgarna § 9).', decisions: ['att lägga verksamhetsberättelsen till handlingarna'], actions: [] },
      {
        number: 15,
        title: 'Val av föreningens ordförande',
        decisions: [],
        actions: [],
        elections: [{ role: 'ordförande', name: 'Anna Lindqvist', term: 'för en tid av ett år' }],
        immediate: true,
      },
    ],
    attachments: [
      { number: 1, title: 'Verksamhetsberättelse 2025', paragraph: '8' },
      { number: 2, title: 'Röstlängd' },
    ],
    approvals: [
      { name: 'Anna Lindqvist', role: 'chair', date: '2026-03-20' },
      { name: 'Karin Öberg', role: 'adjuster', date: '2026-03-18' },
      { name: 'Johan Åström', role: 'adjuster', date: '2026-03-19' },
    ],
    status: 'adjusted',
    contentHash: 'ab'.repeat(32),
    ...over,
  };
}

describe('the minutes PDF, complete', () => {
  it('prints approvals under the signature lines, elections, immediate adjustment, bilagor and co-opted people', async () => {
    const bytes = await renderPdf({ kind: 'minutes', org, data: annual() });
    keep('minutes-annual.pdf', bytes);
    const text = squash(pdfText(bytes));
    for (const expected of [
      'Närvarande',
      'Adjungerade',
      'Maria Nilsson, revisor',
      'Frånvarande',
      'Olof Ek',
      'OMEDELBART JUSTERAD',
      'Till ordförande för en tid av ett år valdes Anna Lindqvist.',
      'Paragrafen förklarades omedelbart justerad.',
      'Bilaga 1: Verksamhetsberättelse 2025',
      'Bilagor',
      'Bilaga 2: Röstlängd',
      '(§ 8)',
      'Justerat 20 mars 2026',
      'Justerat 18 mars 2026',
      'Justerat 19 mars 2026',
    ]) {
      expect(text).toContain(expected);
    }
    // Co-opted people are not counted among those present.
    const present = text.slice(text.indexOf('Närvarande'), text.indexOf('Adjungerade'));
    expect(present).not.toContain('Maria Nilsson');
    expect(text).not.toContain('Rättelse');
  });

  it('says what a corrected revision replaces, why, and what changed', async () => {
    const bytes = await renderPdf({
      kind: 'minutes',
      org,
      data: annual({
        status: 'draft',
        contentHash: undefined,
        approvals: [],
        revision: { number: 2, replaces: 1, replacesAdjusted: '2026-03-20', reason: 'Fel mandattid för ordföranden i § 15.', changes: ['§ 15 Val av föreningens ordförande, val: struket ”två år”, tillagt ”ett år”'] },
      }),
    });
    keep('minutes-revision.pdf', bytes);
    const text = squash(pdfText(bytes));
    expect(text).toContain('Rättelse: Fel mandattid för ordföranden i § 15.');
    expect(text).toContain('Revision 2 ersätter revision 1, justerad den 20 mars 2026.');
    expect(text).toContain('§ 15 Val av föreningens ordförande, val: struket ”två år”, tillagt ”ett år”');
    expect(text).not.toContain('Justerat 20 mars 2026');
  });

  it('still takes the model of the design document, without any of the new fields', async () => {
    const bytes = await renderPdf({
      kind: 'minutes',
      org,
      data: {
        meeting: { title: 'Styrelsemöte 1/2026', kind: 'board', date: '2026-01-20', locations: [] },
        attendees: [{ name: 'Anna Lindqvist', present: true }, { name: 'Olof Ek', present: false }],
        chair: 'Anna Lindqvist',
        secretary: 'Erik Berg',
        adjusters: ['Karin Öberg'],
        items: [{ number: 1, title: 'Mötets öppnande', decisions: [], actions: [] }],
        status: 'draft',
      },
    });
    const text = squash(pdfText(bytes));
    expect(text).toContain('Närvarande');
    expect(text).toContain('Frånvarande');
    expect(text).not.toContain('Adjungerade');
    expect(text).not.toContain('Bilagor');
  });
});
