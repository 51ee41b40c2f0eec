// The data the bylaws screen sends to renderPdf: accepted by the renderer's own model, and the
// documents read as members expect (checked through pdftotext).
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/pdf';
import { bylawsSchema } from '../../../electron/services/pdf/models/bylaws';
import { cleanPdfData, comparisonPdfData } from '../../../renderer/src/domain/bylaws/pdf';
import { insertSection } from '../../../renderer/src/domain/bylaws/model';
import { bylawsTemplate } from '../../../renderer/src/domain/bylaws/template';
import { pdfPages, squash } from '../pdf/pdftools';

let n = 0;
const base = bylawsTemplate({ name: 'Smålands Spelutvecklare', seat: 'Växjö' }, () => `id${++n}`).sections;
const org = { name: 'Smålands Spelutvecklare', organisationNumber: '802456-1238' };

function amended() {
  // A new § on honorary members after the fee §, and the notice period changed from four weeks to three.
  const at = base.findIndex((s) => s.heading === 'Medlemsavgift');
  const { sections, id } = insertSection(base, at, () => 'new');
  return sections.map((s) =>
    s.id === id
      ? { ...s, heading: 'Hedersmedlemmar', text: 'Årsmötet får på förslag av styrelsen utse hedersmedlemmar. Hedersmedlem betalar ingen avgift.' }
      : s.heading === 'Kallelse och motioner'
        ? { ...s, text: s.text.replace('senast fyra veckor', 'senast tre veckor') }
        : s,
  );
}

describe('PDF data for the bylaws', () => {
  it('the clean bylaws carry every § and the adoption history', async () => {
    const v1 = { id: 'v1', status: 'adopted' as const, adoptedDate: '2024-03-12', createdAt: '2024-03-12T18:00:00Z', title: 'Stadgar för Smålands Spelutvecklare', sections: base, summary: 'Stadgarna antogs.', decisions: [{ id: 'd', date: '2024-03-12', meeting: 'Konstituerande möte', paragraph: '7', outcome: 'approved' as const }] };
    const data = cleanPdfData(v1, [v1]);
    expect(bylawsSchema.safeParse(data).success).toBe(true);
    const pages = pdfPages(await renderPdf({ kind: 'bylaws', org, data })).map(squash);
    expect(pages.join(' ')).toContain('§ 17 Upplösning');
    expect(pages[pages.length - 1]).toContain('Konstituerande möte, § 7');
  });

  it('the comparison lists only the changed sections, the new § as new, and says which § are renumbered', async () => {
    const data = comparisonPdfData({
      title: 'Förslag till ändring av stadgarna', kind: 'board', requirement: { meetings: 2, majority: 'two-thirds' },
      decisions: [{ id: 'a', date: '2025-03-20', meeting: 'Årsmöte 2025', paragraph: '12', outcome: 'approved' }],
      meetingsText: 'årsmötet 2025 och ett extra årsmöte i juni', rationale: 'Hedersmedlemmar har efterfrågats.', base, proposed: amended(), date: '2025-02-20',
    })!;
    expect(data.changes.map((c) => [c.number, c.heading, c.before !== undefined, c.after !== undefined])).toEqual([
      ['6', 'Hedersmedlemmar', false, true],
      ['14', 'Kallelse och motioner (nuvarande § 13)', true, true],
    ]);
    expect(data.proposal).toContain('Styrelsen föreslår att årsmötet beslutar att ändra stadgarna enligt nedan: ändring av § 14, ny § 6 samt omnumrering av övriga paragrafer.');
    expect(data.proposal).toContain('Nuvarande § 6–§ 17 blir § 7–§ 18.');
    // The changed § carries the word diff the board saw, so the PDF marks the same words.
    const changed = data.changes[1]!;
    expect(changed.words?.filter((w) => w.op === 'delete').map((w) => w.text.trim())).toContain('fyra');
    expect(changed.words?.filter((w) => w.op === 'insert').map((w) => w.text.trim())).toContain('tre');
    expect(data.proposal).toContain('Första beslut fattades 2025-03-20 (Årsmöte 2025, § 12).');
    expect(bylawsSchema.safeParse(data).success).toBe(true);
    const text = pdfPages(await renderPdf({ kind: 'bylaws', org, data })).map(squash).join(' ');
    for (const s of ['Nuvarande lydelse', 'Föreslagen lydelse', '§ 6 Hedersmedlemmar', '(Ny paragraf)', 'senast fyra veckor', 'senast tre veckor', 'Motivering']) expect(text).toContain(s);
  });

  it('has nothing to print for a proposal that changes nothing', () => {
    expect(comparisonPdfData({ title: 'x', kind: 'motion', requirement: { meetings: 1, majority: 'simple' }, decisions: [], base, proposed: base, date: '2025-02-20' })).toBeUndefined();
  });
});
