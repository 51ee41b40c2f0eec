import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBylawsText } from '../../../renderer/src/domain/bylaws/parse';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/bylaws', name), 'utf8');
let n = 0;
const ids = () => `s${++n}`;

describe('importing bylaws from plain text', () => {
  it('reads a newly formed association’s proposal: title, every § with heading and text, lists kept', () => {
    const r = parseBylawsText(fixture('forslag-till-stadgar.txt'), ids, { orgName: 'Smålands Spelutvecklare' });
    expect(r.error).toBeUndefined();
    // Typed in capitals; the association's own spelling of its name comes back.
    expect(r.title).toBe('Förslag till stadgar för föreningen Smålands Spelutvecklare');
    expect(r.sections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      '1 Namn', '2 Säte', '3 Ändamål', '4 Medlemskap', '5 Medlemsavgift', '6 Styrelse',
      '7 Räkenskapsår', '8 Revision', '9 Årsmöte', '10 Kallelse', '11 Ändring av stadgarna', '12 Upplösning',
    ]);
    expect(r.sections[2]!.text).toBe(
      'Föreningen har till ändamål att främja spelutveckling i Småland genom att\n1. anordna träffar och game jams,\n2. hjälpa nystartade studior att hitta lokaler och finansiering, och\n3. samarbeta med Linnéuniversitetet om praktikplatser.\n\nFöreningen är partipolitiskt och religiöst obunden.',
    );
    expect(r.sections[9]!.text).toBe('Kallelse till årsmöte ska skickas till medlemmarna senast tre veckor före mötet.');
    // The line under the title is not lost silently.
    expect(r.warnings.join(' ')).toMatch(/Antagna vid konstituerande möte den 12 mars 2024/);
  });

  it('reads "1 §" headings, chapters on two lines, "2 kap.", "3 a §" and "§4." and joins hard-wrapped lines', () => {
    const r = parseBylawsText(fixture('kapitel-hardbrutna.txt'), ids);
    expect(r.title).toBe('Stadgar för Föreningen Kustlaget i Kalmar');
    expect(r.sections.map((s) => [s.number, s.heading, s.chapter])).toEqual([
      ['1', 'Föreningens namn', 'KAPITEL 1 Allmänna bestämmelser'],
      ['2', 'Säte', 'KAPITEL 1 Allmänna bestämmelser'],
      ['3', 'Medlemskap', '2 kap. Medlemskap'],
      ['3 a', 'Stödmedlemmar', '2 kap. Medlemskap'],
      ['4', 'Avgifter', '2 kap. Medlemskap'],
    ]);
    expect(r.sections[0]!.text).toBe('Föreningens namn är Kustlaget i Kalmar. Föreningen är en ideell förening som verkar för ett levande kustfiske och för en god havsmiljö längs Kalmarsund.');
    // "5 §" at the start of a wrapped line is a reference in the text, not a new section.
    expect(r.sections[2]!.text).toContain('En ansökan prövas enligt 5 § av styrelsen, som ska meddela sitt beslut inom en månad.');
    expect(r.warnings).toEqual([]);
  });

  it('recognises the common ways of writing a § heading', () => {
    const text = ['§ 1 Namn', 'A.', '', '§2. Säte', 'B.', '', '3 § Ändamål', 'C.', '', '§ 4 – Medlemskap', 'D.', '', '5 §. Avgift', 'E.', '', 'Paragraf 6 Styrelse', 'F.', '', '§ 7 REVISION', 'G.'].join('\n');
    const r = parseBylawsText(text, ids);
    expect(r.sections.map((s) => `${s.number}|${s.heading}|${s.text}`)).toEqual([
      '1|Namn|A.', '2|Säte|B.', '3|Ändamål|C.', '4|Medlemskap|D.', '5|Avgift|E.', '6|Styrelse|F.', '7|Revision|G.',
    ]);
    expect(r.title).toBe('Stadgar');
  });

  it('splits "§ 1 Namn. Föreningens namn är …" and takes a heading from the line under a bare "§ 2"', () => {
    const r = parseBylawsText('§ 1 Namn. Föreningens namn är Kodklubben Lund.\n\n§ 2\nSäte\nFöreningen har sitt säte i Lund.\n§ 3 Föreningen är partipolitiskt obunden och verkar för att fler barn lär sig programmera.', ids);
    expect(r.sections.map((s) => [s.heading, s.text])).toEqual([
      ['Namn', 'Föreningens namn är Kodklubben Lund.'],
      ['Säte', 'Föreningen har sitt säte i Lund.'],
      ['', 'Föreningen är partipolitiskt obunden och verkar för att fler barn lär sig programmera.'],
    ]);
  });

  it('keeps each line as its own paragraph when the text was not hard-wrapped (a pasted web page)', () => {
    const r = parseBylawsText('§ 1 Styrelse\nStyrelsen består av fem ledamöter.\nStyrelsen utser inom sig kassör.', ids);
    expect(r.sections[0]!.text).toBe('Styrelsen består av fem ledamöter.\n\nStyrelsen utser inom sig kassör.');
  });

  it('warns about gaps, duplicates and empty sections, and refuses text without any §', () => {
    const r = parseBylawsText('§ 1 Namn\nX.\n§ 2 Säte\n§ 4 Styrelse\nY.\n§ 4 Revision\nZ.', ids);
    expect(r.warnings).toEqual([
      'Samma paragrafnummer förekommer flera gånger: § 4.',
      'Paragrafnumreringen har luckor: § 3 saknas.',
      '§ 2 saknar text.',
    ]);
    const none = parseBylawsText('Det här är ett protokoll.\nInga paragrafer här.', ids);
    expect(none.sections).toEqual([]);
    expect(none.error).toMatch(/Hittade inga paragrafer/);
  });

  it('accepts Windows line endings, a byte order mark and non-breaking spaces', () => {
    const r = parseBylawsText('\uFEFFStadgar\r\n\r\n§\u00a01 Namn\r\nFöreningens namn är Ö-föreningen.\r\n', ids);
    expect(r.sections).toEqual([{ id: expect.any(String), number: '1', heading: 'Namn', text: 'Föreningens namn är Ö-föreningen.' }]);
  });
});
