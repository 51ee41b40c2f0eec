import { describe, expect, it } from 'vitest';
import { diffBylaws, type BylawSection, type SectionChange } from '../../../../renderer/src/domain/bylaws/diff';
import { STADGAR_2023, STADGAR_2025 } from './stadgar';

const summary = (changes: SectionChange[]) =>
  changes.map((c) => `${c.kind} ${c.before?.number ?? '-'} -> ${c.after?.number ?? '-'} ${(c.after ?? c.before)!.heading}`);

describe('diffBylaws on an amendment adopted by the annual meeting', () => {
  const changes = diffBylaws(STADGAR_2023, STADGAR_2025);

  it('shows the new § 4 as added and the renumbered sections as moved, never removed and added', () => {
    expect(summary(changes)).toEqual([
      'unchanged § 1 -> § 1 Föreningens namn',
      'unchanged § 2 -> § 2 Säte',
      'unchanged § 3 -> § 3 Ändamål',
      'added - -> § 4 Medlemskategorier',
      'moved § 4 -> § 5 Medlemskap',
      'moved § 5 -> § 6 Medlemsavgift',
      'changed § 6 -> § 7 Styrelse',
      'removed § 7 -> - Hedersmedlemmar',
      'unchanged § 8 -> § 8 Räkenskapsår',
      'unchanged § 9 -> § 9 Revision',
      'unchanged § 10 -> § 10 Årsmöte',
      'unchanged § 11 -> § 11 Stadgeändring',
      'unchanged § 12 -> § 12 Upplösning',
    ]);
  });

  it('pins the changed word in the board section', () => {
    const board = changes.find((c) => c.after?.heading === 'Styrelse')!;
    expect(board.words).toEqual([
      { op: 'equal', text: 'Föreningens angelägenheter handhas av en styrelse som består av ordförande och ' },
      { op: 'delete', text: 'fyra' },
      { op: 'insert', text: 'sex' },
      { op: 'equal', text: ' övriga ledamöter.\nStyrelsen är beslutsför när mer än hälften av ledamöterna är närvarande.' },
    ]);
  });

  it('gives whole-text words for added, removed and untouched sections', () => {
    const added = changes.find((c) => c.kind === 'added')!;
    expect(added.words).toEqual([{ op: 'insert', text: added.after!.text }]);
    const removed = changes.find((c) => c.kind === 'removed')!;
    expect(removed.words).toEqual([{ op: 'delete', text: 'Årsmötet kan på förslag av styrelsen utse hedersmedlemmar. Hedersmedlem betalar ingen avgift.' }]);
    const moved = changes.find((c) => c.after?.heading === 'Medlemskap')!;
    expect(moved.words).toEqual([{ op: 'equal', text: moved.after!.text }]);
  });

  it('reads the other way round as the inverse change', () => {
    expect(summary(diffBylaws(STADGAR_2025, STADGAR_2023))).toEqual([
      'unchanged § 1 -> § 1 Föreningens namn',
      'unchanged § 2 -> § 2 Säte',
      'unchanged § 3 -> § 3 Ändamål',
      'removed § 4 -> - Medlemskategorier',
      'moved § 5 -> § 4 Medlemskap',
      'moved § 6 -> § 5 Medlemsavgift',
      'changed § 7 -> § 6 Styrelse',
      'added - -> § 7 Hedersmedlemmar',
      'unchanged § 8 -> § 8 Räkenskapsår',
      'unchanged § 9 -> § 9 Revision',
      'unchanged § 10 -> § 10 Årsmöte',
      'unchanged § 11 -> § 11 Stadgeändring',
      'unchanged § 12 -> § 12 Upplösning',
    ]);
  });
});

describe('diffBylaws matching', () => {
  const s = (number: string, heading: string, text: string, id?: string): BylawSection =>
    id === undefined ? { number, heading, text } : { id, number, heading, text };

  it('reports identical bylaws as unchanged throughout', () => {
    const changes = diffBylaws(STADGAR_2023, STADGAR_2023.map((x) => ({ ...x })));
    expect(changes.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(changes).toHaveLength(STADGAR_2023.length);
  });

  it('shows two sections that swap places as moved', () => {
    const [rak, rev] = [STADGAR_2023[7]!, STADGAR_2023[8]!];
    const after = [...STADGAR_2023.slice(0, 7), { ...rev, number: '§ 8' }, { ...rak, number: '§ 9' }, ...STADGAR_2023.slice(9)];
    const moved = diffBylaws(STADGAR_2023, after).filter((c) => c.kind !== 'unchanged');
    expect(summary(moved)).toEqual(['moved § 9 -> § 8 Revision', 'moved § 8 -> § 9 Räkenskapsår']);
  });

  it('shows a section moved without renumbering as moved', () => {
    const before = [s('1', 'A', 'Alfa beta gamma.'), s('2', 'B', 'Delta epsilon.'), s('3', 'C', 'Zeta eta theta.')];
    const after = [before[0]!, before[2]!, before[1]!];
    const kinds = diffBylaws(before, after).map((c) => c.kind);
    // Either B moved down or C moved up; one of them, not both, and A stays.
    expect(kinds[0]).toBe('unchanged');
    expect(kinds.slice(1).sort()).toEqual(['moved', 'unchanged']);
  });

  it('matches by id even when heading and text were rewritten', () => {
    const before = [s('§ 5', 'Medlemsavgift', 'Årsavgiften beslutas av årsmötet.', 'fee')];
    const after = [s('§ 5', 'Avgifter', 'Styrelsen fastställer serviceavgifter; årsmötet fastställer medlemsavgiften.', 'fee')];
    const [change] = diffBylaws(before, after);
    expect(change!.kind).toBe('changed');
    expect(change!.before).toBe(before[0]);
  });

  it('trusts ids over text: different ids are different sections', () => {
    const before = [s('§ 1', 'Namn', 'Föreningens namn är Norrlands IT-nätverk.', 'x')];
    const after = [s('§ 1', 'Namn', 'Föreningens namn är Norrlands IT-nätverk.', 'y')];
    expect(diffBylaws(before, after).map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('matches by content when only one side has ids (bylaws imported before ids existed)', () => {
    const after = STADGAR_2025.map((x, i) => ({ ...x, id: `sec-${i}` }));
    expect(summary(diffBylaws(STADGAR_2023, after))).toEqual(summary(diffBylaws(STADGAR_2023, STADGAR_2025)));
  });

  it('shows a renumbered section whose text also changed as changed', () => {
    const after = [STADGAR_2023[0]!, { ...STADGAR_2023[2]!, number: '§ 2', text: STADGAR_2023[2]!.text.replace('Norrland', 'Västerbotten och Norrbotten') }];
    const changes = diffBylaws(STADGAR_2023.slice(0, 3), after);
    expect(summary(changes)).toEqual(['unchanged § 1 -> § 1 Föreningens namn', 'removed § 2 -> - Säte', 'changed § 3 -> § 2 Ändamål']);
    expect(changes[2]!.words.filter((w) => w.op !== 'equal')).toEqual([{ op: 'delete', text: 'Norrland' }, { op: 'insert', text: 'Västerbotten och Norrbotten' }]);
  });

  it('recognises a section by its text when both its heading and number changed', () => {
    const audit = STADGAR_2023[8]!;
    const after = [...STADGAR_2023.slice(0, 8), { number: '§ 10', heading: 'Granskning', text: audit.text.replace('en revisor', 'en auktoriserad revisor') }];
    const changes = diffBylaws(STADGAR_2023.slice(0, 9), after);
    expect(changes.at(-1)!.kind).toBe('changed');
    expect(changes.at(-1)!.before).toBe(audit);
    expect(changes.at(-1)!.words.filter((w) => w.op !== 'equal')).toEqual([{ op: 'insert', text: 'auktoriserad ' }]);
  });

  it('shows a heading change as changed with the text equal', () => {
    const after = [{ ...STADGAR_2023[1]!, heading: 'Säte och verksamhetsområde' }];
    const [change] = diffBylaws([STADGAR_2023[1]!], after);
    expect(change!.kind).toBe('changed');
    expect(change!.words).toEqual([{ op: 'equal', text: STADGAR_2023[1]!.text }]);
  });

  it('keeps a rewritten section with the same number and heading as changed', () => {
    const before = [s('§ 9', 'Revision', 'Räkenskaperna granskas av en revisor.')];
    const after = [s('§ 9', 'Revision', 'Två lekmannarevisorer utses av årsmötet för ett år i sänder.')];
    expect(diffBylaws(before, after).map((c) => c.kind)).toEqual(['changed']);
  });

  it('does not pair unrelated sections', () => {
    const before = [s('§ 7', 'Hedersmedlemmar', 'Årsmötet kan på förslag av styrelsen utse hedersmedlemmar.')];
    const after = [s('§ 7', 'Valberedning', 'Valberedningen består av tre personer som väljs av årsmötet.')];
    expect(diffBylaws(before, after).map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('pairs sections without text by their headings only', () => {
    const before = [s('Kap. 1', 'Allmänna bestämmelser', ''), s('Kap. 2', 'Medlemmar', '')];
    const after = [s('Kap. 1', 'Medlemmar', ''), s('Kap. 2', 'Styrelse', '')];
    expect(summary(diffBylaws(before, after))).toEqual(['removed Kap. 1 -> - Allmänna bestämmelser', 'moved Kap. 2 -> Kap. 1 Medlemmar', 'added - -> Kap. 2 Styrelse']);
  });

  it('handles empty bylaws on either side', () => {
    expect(diffBylaws([], STADGAR_2023).every((c) => c.kind === 'added')).toBe(true);
    expect(diffBylaws(STADGAR_2023, []).map((c) => c.before)).toEqual(STADGAR_2023);
    expect(diffBylaws([], [])).toEqual([]);
  });
});
