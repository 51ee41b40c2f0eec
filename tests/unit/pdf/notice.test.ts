import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { notice, org } from './fixtures';
import { pdfInfo, pdfText, squash } from './pdftools';

describe('notice (kallelse) PDF', () => {
  it('says what, when, where, by when to register, and the agenda', async () => {
    const bytes = await renderPdf({ kind: 'notice', org, data: notice() });
    const text = squash(pdfText(bytes, { layout: true }));
    for (const expected of [
      'KALLELSE',
      '18 februari 2025',
      'Årsmöte 2025',
      'Medlemmarna i IT-nätverket Norr kallas härmed till ordinarie årsmöte.',
      'När tisdag 18 mars 2025, kl. 18.00–20.00',
      'Var Folkets Hus, Skolgatan 59, Umeå',
      'Digitalt via Teams – länken skickas efter anmälan',
      'Anmälan senast tisdag 11 mars 2025',
      'Förslag till dagordning',
      '1. Mötets öppnande',
      '12. Styrelsens förslag till ändring av § 8 och § 11 samt ny § 17',
      '19. Mötets avslutande',
      'Välkommen!',
      'Styrelsen för IT-nätverket Norr',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfInfo(bytes).CreationDate).toMatch(/^2025-02-18/);
  });

  it('writes a board meeting notice without member wording, and without a registration line when there is none', async () => {
    const data = notice({
      meeting: { title: 'Styrelsemöte 4/2025', kind: 'board', date: '2025-04-15', startTime: '18:00', locations: ['Kontoret, Storgatan 12, Umeå'] },
      text: undefined,
      registrationDeadline: undefined,
      agenda: [{ number: 1, title: 'Mötets öppnande' }],
    });
    const text = squash(pdfText(await renderPdf({ kind: 'notice', org, data }), { layout: true }));
    expect(text).toContain('Styrelsens ledamöter kallas härmed till styrelsemöte.');
    expect(text).toContain('Dagordning');
    expect(text).not.toContain('Förslag till dagordning');
    expect(text).toContain('tisdag 15 april 2025, kl. 18.00');
    expect(text).not.toContain('Anmälan');
  });
});
