import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { FONT } from '../../../electron/services/pdf/layout/fonts';
import type { TextStyle } from '../../../electron/services/pdf/layout/wrap';
import { comparisonSpans } from '../../../electron/services/pdf/render/bylaws';
import { bylawsClean, bylawsComparison, org } from './fixtures';
import { pdfInfo, pdfPages, pdfText, squash } from './pdftools';

describe('bylaws PDF', () => {
  it('prints the adopted bylaws by chapter and §, with the decisions on the last page', async () => {
    const bytes = await renderPdf({ kind: 'bylaws', org, data: bylawsClean() });
    const pages = pdfPages(bytes).map(squash);
    const text = pages.join(' ');
    for (const expected of [
      'Stadgar för IT-nätverket Norr',
      'Antagna 18 april 2012, senast ändrade 18 mars 2025',
      'Allmänna bestämmelser',
      '§ 1 Namn',
      'Föreningens namn är IT-nätverket Norr.',
      '§ 9 Ärenden vid årsmötet',
      '10. Behandling av styrelsens förslag och inkomna motioner.',
      '§ 16 Upplösning',
    ]) {
      expect(text).toContain(expected);
    }
    const last = pages[pages.length - 1] ?? '';
    expect(last).toContain('Beslut om stadgarna');
    for (const date of ['2012-04-18', '2019-03-20', '2025-03-18']) expect(last).toContain(date);
    expect(last).toContain('Årsmöte 2025');
    expect(pdfInfo(bytes).CreationDate).toMatch(/^2025-03-18/);
  });

  it('sets current and proposed wording side by side for each changed section', async () => {
    const bytes = await renderPdf({ kind: 'bylaws', org, data: bylawsComparison() });
    const text = squash(pdfText(bytes, { layout: true }));
    for (const expected of [
      'Förslag till ändring av stadgarna',
      'Ändrade paragrafer § 8, § 11, § 12, § 17',
      'Förslag',
      'Styrelsen föreslår att årsmötet beslutar att ändra § 8 och § 11',
      'Motivering',
      '§ 8 Kallelse',
      'Nuvarande lydelse Föreslagen lydelse',
      '§ 12 Arvoden',
      '(Paragrafen utgår)',
      '§ 17 Digitalt deltagande',
      '(Ny paragraf)',
    ]) {
      expect(text).toContain(expected);
    }
    // Side by side: the old and the new wording of § 8 start on the same line.
    expect(text).toContain('Kallelse till årsmöte ska skickas till Kallelse till årsmöte ska skickas till');
  });

  it('marks changed words so that each column still reads as its full wording', () => {
    const same: TextStyle = { font: FONT.regular, size: 9, color: '#000000' };
    const styles = { same, removed: { ...same, strike: true }, added: { ...same, underline: true }, note: { ...same, font: FONT.italic } };
    const words = fc.constantFrom('medlem', 'styrelsen', 'årsmöte', 'ska', 'får', 'två', 'tre', '§', '4', 'e-post', 'brev', 'och', 'ändå.');
    const wording = fc.array(fc.tuple(words, fc.constantFrom(' ', ' ', '\n', '  ')), { maxLength: 30 }).map((ws) => ws.map(([w, s]) => w + s).join('').trim());
    fc.assert(
      fc.property(wording, wording, (before, after) => {
        const { left, right } = comparisonSpans(before, after, styles);
        expect(left.map((s) => s.text).join('')).toBe(before);
        expect(right.map((s) => s.text).join('')).toBe(after);
        // Only removals are struck and only additions underlined.
        expect(left.some((s) => s.style.underline)).toBe(false);
        expect(right.some((s) => s.style.strike)).toBe(false);
        if (before === after) expect([...left, ...right].every((s) => s.style === same)).toBe(true);
      }),
    );
  });

  it('underlines a new section and strikes a removed one as a whole', () => {
    const same: TextStyle = { font: FONT.regular, size: 9, color: '#000000' };
    const styles = { same, removed: { ...same, strike: true }, added: { ...same, underline: true }, note: { ...same, font: FONT.italic } };
    const added = comparisonSpans(undefined, 'Medlem får delta digitalt.', styles);
    expect(added.left.map((s) => s.text).join('')).toBe('(Ny paragraf)');
    expect(added.right.map((s) => s.text).join('')).toBe('Medlem får delta digitalt.');
    expect(added.right.filter((s) => s.text.trim()).every((s) => s.style.underline)).toBe(true);
    const removed = comparisonSpans('Arvode utgår inte.', undefined, styles);
    expect(removed.left.filter((s) => s.text.trim()).every((s) => s.style.strike)).toBe(true);
    expect(removed.right.map((s) => s.text).join('')).toBe('(Paragrafen utgår)');
  });

  it("marks the words of the app's own diff when it is given", () => {
    const same: TextStyle = { font: FONT.regular, size: 9, color: '#000000' };
    const styles = { same, removed: { ...same, strike: true }, added: { ...same, underline: true }, note: { ...same, font: FONT.italic } };
    const words = [
      { op: 'equal', text: 'Kallelse ska ske senast ' },
      { op: 'delete', text: 'fyra' },
      { op: 'insert', text: 'tre' },
      { op: 'equal', text: ' veckor före årsmötet.' },
    ] as const;
    const { left, right } = comparisonSpans('Kallelse ska ske senast fyra veckor före årsmötet.', 'Kallelse ska ske senast tre veckor före årsmötet.', styles, [...words]);
    expect(left.filter((s) => s.style.strike).map((s) => s.text)).toEqual(['fyra']);
    expect(right.filter((s) => s.style.underline).map((s) => s.text)).toEqual(['tre']);
  });

  it('refuses a word diff that does not add up to the two wordings', async () => {
    const data = bylawsComparison();
    if (data.mode !== 'comparison') throw new Error('fixture');
    data.changes = [{ number: 8, heading: 'Kallelse', before: 'senast fyra veckor', after: 'senast tre veckor', words: [{ op: 'equal', text: 'senast ' }, { op: 'insert', text: 'tre' }, { op: 'equal', text: ' veckor' }] }];
    await expect(renderPdf({ kind: 'bylaws', org, data })).rejects.toThrow(/ordjämförelsen stämmer inte/);
  });

  it('splits a very long changed section over pages, repeating its heading', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Punkt ${i + 1}: styrelsen ska i god tid informera medlemmarna om årsmötets ärenden.`).join('\n');
    const data = bylawsComparison();
    if (data.mode !== 'comparison') throw new Error('fixture');
    data.changes = [{ number: 9, heading: 'Ärenden vid årsmötet', before: long, after: long.replace(/god tid/g, 'rimlig tid') }];
    const pages = pdfText(await renderPdf({ kind: 'bylaws', org, data }), { layout: true }).split('\f').filter((p) => p.trim()).map(squash);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) expect(page).toContain('§ 9 Ärenden vid årsmötet');
    expect(pages.join(' ')).toContain('Punkt 40: styrelsen ska i');
  });
});
