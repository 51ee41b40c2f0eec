import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { registerExtractDocument } from '../../../renderer/src/domain/members/gdpr';
import { member } from '../domain/members/factory';

import { pdfText as readPdf } from './pdftools';

const pdfText = (pdf: Uint8Array) => readPdf(pdf, { layout: true });

describe('register extract as PDF (GDPR art. 15)', () => {
  const m = member(3, {
    name: 'Berg & Öhman Konsult AB',
    notes: 'Vill ha faktura i mars',
    contacts: [{ id: 'c1', name: 'Åsa Öhman', role: 'VD', email: 'asa@bergohman.se' }],
    tags: ['styrelse', 'mentor'],
  });
  const document = registerExtractDocument({
    member: { ...m, createdAt: '2024-01-01T10:00:00Z', updatedAt: '2025-01-01T10:00:00Z' },
    categoryName: 'Företag 1–9 anställda',
    association: { name: 'Västsvenska IT-nätverket', organisationNumber: '802456-1238', email: 'kansli@vastit.se' },
    changes: [{ at: '2025-01-01T10:00:00Z', userName: 'Karin Lindqvist', kind: 'update', fields: ['phone', 'consentNewsletter'] }],
    generatedAt: '2025-06-15T12:00:00Z',
  });

  it('states who holds the data, every field, why, for how long, and the history', async () => {
    const text = pdfText(await renderPdf({ kind: 'register-extract', org: { name: 'Västsvenska IT-nätverket' }, data: document }));
    for (const expected of ['Registerutdrag', 'Berg & Öhman Konsult AB', 'Västsvenska IT-nätverket', '802456-1238', 'Företag 1–9 anställda', 'Åsa Öhman', 'styrelse, mentor', 'Vill ha faktura i mars', 'Ändamål', 'Rättslig grund', 'sju år', 'Karin Lindqvist', 'Samtycke till nyhetsbrev', '15 juni 2025']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('is refused with a Swedish message when the subject is missing', async () => {
    await expect(renderPdf({ kind: 'register-extract', org: { name: 'F' }, data: { ...document, subject: '' } })).rejects.toThrow(/Registerutdraget/);
  });
});
