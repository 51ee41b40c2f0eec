// The door list: per place the registered people alphabetically with a box and a line to sign,
// counts per place with lunch, and the voting register with one vote per member organisation.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import type { AttendanceListInput } from '../../../electron/services/pdf/models/attendanceList';
import { pdfPages, pdfText, squash } from '../pdf/pdftools';

const org = { name: 'IT-nätverket Norr', color: '#1d4ed8' };

function people(city: string, n: number) {
  const first = ['Åsa', 'Björn', 'Cecilia', 'David', 'Elin', 'Fredrik', 'Greta', 'Hampus', 'Ida', 'Jonas', 'Karin', 'Lars', 'Maja', 'Nils', 'Olle', 'Petra', 'Rut', 'Sven', 'Tove', 'Ulf'];
  return Array.from({ length: n }, (_, i) => ({
    name: `${first[i % first.length]} ${city === 'Umeå' ? 'Lindberg' : 'Öhman'}`,
    organisation: `${city} Kod AB ${Math.floor(i / 2) + 1}`,
    lunch: i % 3 !== 0,
    diet: i === 4 ? 'vegetarisk' : undefined,
  }));
}

function model(over: Partial<AttendanceListInput> = {}): AttendanceListInput {
  return {
    meeting: { title: 'Årsmöte 2026', kind: 'annual', date: '2026-03-14', startTime: '13:00', endTime: '15:30', locations: ['Umeå', 'Luleå'] },
    generated: '2026-03-10',
    places: [
      { name: 'Umeå Folkets hus', people: people('Umeå', 22) },
      { name: 'Luleå Kulturens hus', people: people('Luleå', 18) },
    ],
    votingRegister: {
      preliminary: true,
      voters: [
        { number: 1, organisation: 'Luleå Kod AB 1', representative: 'Åsa Öhman' },
        { number: 2, organisation: 'Umeå Kod AB 1', representative: 'Åsa Lindberg' },
      ],
    },
    ...over,
  };
}

describe('the attendance list (närvarolista) PDF', () => {
  it('lists each place on its own pages, alphabetically, with counts, lunch and the voting register', async () => {
    const bytes = await renderPdf({ kind: 'attendance-list', org, data: model() });
    if (process.env.KANSLI_PDF_OUT) writeFileSync(path.join(process.env.KANSLI_PDF_OUT, 'attendance-list.pdf'), bytes);
    const text = squash(pdfText(bytes));
    for (const expected of [
      'Närvarolista',
      'Årsmöte 2026',
      'lördag 14 mars 2026, kl. 13.00–15.30',
      'Umeå Folkets hus',
      '22 anmälda, 14 med lunch',
      '18 anmälda, 12 med lunch',
      'Totalt',
      '40 anmälda, 26 med lunch',
      'Specialkost: vegetarisk',
      'Signatur',
      'Röstlängd (preliminär)',
      'Röstberättigat ombud',
      'Antal röster: 2.',
    ]) {
      expect(text).toContain(expected);
    }
    const pages = pdfPages(bytes);
    const umea = pages.findIndex((p) => p.includes('Åsa Lindberg') && !p.includes('Röstlängd (preliminär)'));
    const lulea = pages.findIndex((p) => p.includes('Åsa Öhman') && !p.includes('Röstlängd (preliminär)'));
    expect(umea).toBeGreaterThan(0);
    expect(lulea).toBeGreaterThan(umea);
    expect(pages[umea]).not.toContain('Öhman');
    // Alphabetical in Swedish: Å after the rest of the alphabet.
    const names = pages[umea]!.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('Lindberg'));
    expect(names[0]).toBe('Björn Lindberg');
    expect(names.at(-1)).toBe('Åsa Lindberg');
  });

  it('shows a tick for people already marked present, and leaves the voting register out of a board meeting', async () => {
    const bytes = await renderPdf({
      kind: 'attendance-list',
      org,
      data: model({
        meeting: { title: 'Styrelsemöte', kind: 'board', date: '2026-02-02', locations: ['Umeå'] },
        places: [{ name: 'Umeå', people: [{ name: 'Anna Lindqvist', attended: true }, { name: 'Olof Ek' }] }],
        votingRegister: undefined,
      }),
    });
    const text = pdfText(bytes);
    expect(text).toContain('✓');
    expect(text).not.toContain('Röstlängd');
    expect(text).not.toContain('Totalt');
  });

  it('refuses a list with no place, in Swedish', async () => {
    await expect(renderPdf({ kind: 'attendance-list', org, data: model({ places: [] }) })).rejects.toThrow(/Närvarolistan kunde inte skapas.*plats/);
  });
});
