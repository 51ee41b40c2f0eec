import { describe, expect, it } from 'vitest';
import { markTerms, searchSections } from '../../../renderer/src/domain/bylaws/search';
import { bylawsTemplate } from '../../../renderer/src/domain/bylaws/template';

const t = bylawsTemplate({ name: 'Västsvenska IT-nätverket', seat: 'Göteborg' });
const num = (ids: string[]) => ids.map((id) => t.sections.find((s) => s.id === id)!.number);

describe('searching the bylaws', () => {
  it('finds every section with all the words, ignoring case, and marks each hit', () => {
    const hits = searchSections(t.sections, 'Revisor');
    // Revision, the annual meeting's elections, and the extra meeting the auditor may demand.
    expect(num(hits.map((h) => h.id))).toEqual(['10', '12', '14']);
    const rev = hits.find((h) => t.sections.find((s) => s.id === h.id)!.heading === 'Revision')!;
    expect(rev.heading).toEqual([]);
    const text = t.sections.find((s) => s.id === rev.id)!.text;
    expect(rev.text.map((r) => text.slice(r.start, r.end))).toEqual(['revisor', 'revisor', 'revisor', 'Revisor']);
  });

  it('treats å, ä and ö as letters of their own', () => {
    expect(searchSections(t.sections, 'ar').length).toBeGreaterThan(0);
    const year = searchSections(t.sections, 'räkenskapsår');
    expect(num(year.map((h) => h.id))).toEqual(['9']);
  });

  it('finds a § by its number, either way round', () => {
    expect(num(searchSections(t.sections, '§ 5').map((h) => h.id))).toEqual(['5']);
    expect(num(searchSections(t.sections, '5 §').map((h) => h.id))).toEqual(['5']);
    expect(searchSections(t.sections, '   ')).toEqual([]);
  });

  it('requires all words and marks them in a paragraph', () => {
    expect(num(searchSections(t.sections, 'kallelse veckor').map((h) => h.id))).toEqual(['13', '14']);
    expect(markTerms('Kallelse ska skickas senast fyra veckor före', 'veckor kallelse')).toEqual([
      { text: 'Kallelse', hit: true }, { text: ' ska skickas senast fyra ', hit: false }, { text: 'veckor', hit: true }, { text: ' före', hit: false },
    ]);
  });
});
