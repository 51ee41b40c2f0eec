import { describe, expect, it } from 'vitest';
import { blocksOf, byChapter, insertSection, moveSection, removeSection, sectionTitle, type Section } from '../../../renderer/src/domain/bylaws/model';

const s = (id: string, number: string, chapter?: string): Section => ({ id, number, heading: `H${id}`, text: `T${id}`, ...(chapter ? { chapter } : {}) });

describe('editing the list of sections', () => {
  it('keeps sequential bylaws sequential when a § is inserted, removed or moved, and keeps ids', () => {
    const base = [s('a', '1'), s('b', '2'), s('c', '3')];
    const { sections, id } = insertSection(base, 0, () => 'new');
    expect(id).toBe('new');
    expect(sections.map((x) => `${x.id}:${x.number}`)).toEqual(['a:1', 'new:2', 'b:3', 'c:4']);
    expect(removeSection(sections, 'b').map((x) => `${x.id}:${x.number}`)).toEqual(['a:1', 'new:2', 'c:3']);
    expect(moveSection(base, 'c', -1).map((x) => `${x.id}:${x.number}`)).toEqual(['a:1', 'c:2', 'b:3']);
    expect(moveSection(base, 'a', -1)).toBe(base);
  });

  it('gives a new § a letter ("5 a") in bylaws that are not numbered 1, 2, 3 …, as the legislator does', () => {
    const base = [s('a', '4'), s('b', '5'), s('c', '5 a'), s('d', '6')];
    expect(insertSection(base, 1, () => 'n').sections.map((x) => x.number)).toEqual(['4', '5', '5 b', '5 a', '6']);
    expect(insertSection(base, 0, () => 'n').sections.map((x) => x.number)).toEqual(['4', '4 a', '5', '5 a', '6']);
  });

  it('puts a new section in the chapter of the one before it', () => {
    const base = [s('a', '1', 'Kapitel 1'), s('b', '2', 'Kapitel 2')];
    expect(insertSection(base, 0, () => 'n').sections[1]!.chapter).toBe('Kapitel 1');
    expect(byChapter(base).map((c) => c.chapter)).toEqual(['Kapitel 1', 'Kapitel 2']);
  });

  it('titles a section "§ 5 Medlemsavgift"', () => {
    expect(sectionTitle({ number: '5', heading: 'Medlemsavgift' })).toBe('§ 5 Medlemsavgift');
    expect(sectionTitle({ number: '5 a', heading: '' })).toBe('§ 5 a');
  });
});

describe('a section’s text as paragraphs and lists', () => {
  it('finds numbered lists after an introductory sentence, and paragraphs between blank lines', () => {
    const text = 'Vid årsmötet ska följande ärenden behandlas:\n1. Val av ordförande.\n2. Val av sekreterare.\n\nBeslut fattas med acklamation.';
    expect(blocksOf(text)).toEqual([
      { kind: 'paragraph', text: 'Vid årsmötet ska följande ärenden behandlas:' },
      { kind: 'list', ordered: true, items: [{ marker: '1.', text: 'Val av ordförande.' }, { marker: '2.', text: 'Val av sekreterare.' }] },
      { kind: 'paragraph', text: 'Beslut fattas med acklamation.' },
    ]);
  });

  it('reads "a)" and dash lists, and an indented line continues the item above', () => {
    expect(blocksOf('a) ett\n   fortsatt\nb) två\n\n– punkt')).toEqual([
      { kind: 'list', ordered: true, items: [{ marker: 'a)', text: 'ett fortsatt' }, { marker: 'b)', text: 'två' }] },
      { kind: 'list', ordered: false, items: [{ marker: '–', text: 'punkt' }] },
    ]);
  });
});
