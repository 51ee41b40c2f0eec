import { describe, expect, it } from 'vitest';
import { bylawsTemplate, fiscalYearText } from '../../../renderer/src/domain/bylaws/template';
import { requirementFromBylaws } from '../../../renderer/src/domain/bylaws/proposal';
import { blocksOf } from '../../../renderer/src/domain/bylaws/model';

describe('the template for an ideell förening', () => {
  const t = bylawsTemplate({ name: 'Västsvenska IT-nätverket', seat: 'Göteborg' });

  it('has every section a Swedish association’s bylaws need, numbered 1 …', () => {
    expect(t.title).toBe('Stadgar för Västsvenska IT-nätverket');
    const headings = t.sections.map((s) => s.heading);
    for (const h of ['Namn', 'Säte', 'Ändamål', 'Medlemskap', 'Medlemsavgift', 'Styrelse', 'Verksamhets- och räkenskapsår', 'Revision', 'Årsmöte', 'Kallelse och motioner', 'Rösträtt och beslut', 'Ändring av stadgarna', 'Upplösning']) {
      expect(headings).toContain(h);
    }
    expect(t.sections.map((s) => s.number)).toEqual(t.sections.map((_, i) => String(i + 1)));
    expect(new Set(t.sections.map((s) => s.id)).size).toBe(t.sections.length);
  });

  it('fills in the name and seat, and leaves clear placeholders when they are unknown', () => {
    expect(t.sections[0]!.text).toBe('Föreningens namn är Västsvenska IT-nätverket.');
    expect(t.sections[1]!.text).toBe('Föreningen har sitt säte i Göteborg.');
    const blank = bylawsTemplate();
    expect(blank.title).toBe('Stadgar');
    expect(blank.sections[0]!.text).toBe('Föreningens namn är [Föreningens namn].');
  });

  it('lists the annual meeting’s business as a numbered list', () => {
    const meeting = t.sections.find((s) => s.heading === 'Årsmöte')!;
    const list = blocksOf(meeting.text).find((b) => b.kind === 'list');
    expect(list && list.kind === 'list' && list.items.length).toBe(16);
  });

  it('requires two meetings and two thirds for an amendment, which proposals then follow', () => {
    expect(requirementFromBylaws(t.sections)).toEqual({ meetings: 2, majority: 'two-thirds' });
  });

  it('words a broken fiscal year', () => {
    expect(fiscalYearText('07-01')).toBe('Föreningens verksamhets- och räkenskapsår omfattar tiden den 1 juli–30 juni.');
    expect(fiscalYearText('01-01')).toBe('Föreningens verksamhets- och räkenskapsår är kalenderår.');
    expect(fiscalYearText('03-01')).toBe('Föreningens verksamhets- och räkenskapsår omfattar tiden den 1 mars–28 februari.');
  });
});
