// The member list's rows: which are in the DOM for a scroll position, and which DOM row shows
// which member after a keystroke changed the list (a member still in view keeps its row; the
// rows never change order in the DOM).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignRowKeys, firstRowKeys, rowWindow, scrolledByUser, type RowKeys } from '../../../renderer/src/features/members/MemberTable';

describe('the rows in the DOM', () => {
  it('are those in view and six more on each side, at any length of list', () => {
    // 54 px rows in a 540 px body: rows 0–9 in view, six more below.
    expect(rowWindow(10_000, 0, 540)).toEqual([0, 16]);
    expect(rowWindow(10_000, 54 * 100, 540)).toEqual([94, 116]);
    expect(rowWindow(10_000, 54 * 100 + 20, 540)).toEqual([94, 117]);
    expect(rowWindow(3, 0, 540)).toEqual([0, 3]);
    expect(rowWindow(0, 0, 540)).toEqual([0, 0]);
  });

  it('follow the list when it becomes shorter than the place scrolled to', () => {
    // Scrolled to row 5,000, then a search leaves 40 members: the browser scrolls to the end.
    expect(rowWindow(40, 54 * 5000, 540)).toEqual([24, 40]);
  });

  it('are only those in view for a list not yet scrolled (each keystroke in the search)', () => {
    expect(rowWindow(10_000, 0, 540, 0)).toEqual([0, 10]);
    expect(rowWindow(10_000, 54 * 100 + 20, 540, 0)).toEqual([100, 111]);
    expect(rowWindow(40, 54 * 5000, 540, 0)).toEqual([30, 40]);
  });

  it('tell the officer scrolling from the browser taking a shorter list back to its end', () => {
    // A search left 40 members while the body was scrolled to row 5,000: the browser scrolls to the end.
    expect(scrolledByUser(40, 540, 40 * 54 - 540, 54 * 5000)).toBe(false);
    // ... or to the top, when the list no longer fills the body.
    expect(scrolledByUser(3, 540, 0, 54 * 20)).toBe(false);
    // The officer scrolls down (even to the end) or up.
    expect(scrolledByUser(10_000, 540, 54 * 10, 0)).toBe(true);
    expect(scrolledByUser(40, 540, 40 * 54 - 540, 54 * 10)).toBe(true);
    expect(scrolledByUser(10_000, 540, 54 * 10, 54 * 20)).toBe(true);
  });
});

/** Each DOM row (by key) and the member it shows, in DOM order. */
function rows(k: RowKeys): string[] {
  return k.keys.map((key, i) => `${key}:${k.ids[i]}`);
}

/** React moves a row's DOM node when a kept key comes before one that preceded it; none may. */
function keptInOrder(prev: RowKeys, next: RowKeys): boolean {
  const oldAt = new Map(prev.keys.map((key, i) => [key, i]));
  const positions = next.keys.map((key) => oldAt.get(key)).filter((p): p is number => p !== undefined);
  return positions.every((p, i) => i === 0 || p > positions[i - 1]!);
}

describe('which row shows which member', () => {
  it('keeps a member still in view in its row when the list narrows', () => {
    const before = firstRowKeys(['anna', 'bo', 'carl', 'dan', 'eva']);
    // "bo" and "dan" no longer match; two members further down come into view.
    const after = assignRowKeys(before, ['anna', 'carl', 'eva', 'fia', 'gun']);
    expect(rows(after)).toEqual(['0:anna', '2:carl', '4:eva', '5:fia', '6:gun']);
    expect(keptInOrder(before, after)).toBe(true);
  });

  it('refills the rows in place when every member is new (the first letter, or clearing the box)', () => {
    const before = firstRowKeys(['anna', 'bo', 'carl']);
    expect(rows(assignRowKeys(before, ['åsa', 'örjan', 'ägir']))).toEqual(['0:åsa', '1:örjan', '2:ägir']);
  });

  it('fills the rows of members who left with the members who came, between those kept', () => {
    const before = firstRowKeys(['a', 'b', 'c', 'd', 'e', 'f']);
    const after = assignRowKeys(before, ['a', 'x', 'c', 'y', 'z', 'f']);
    expect(rows(after)).toEqual(['0:a', '1:x', '2:c', '3:y', '4:z', '5:f']);
  });

  it('makes new rows only where more members came than left', () => {
    const before = firstRowKeys(['a', 'b', 'c']);
    const after = assignRowKeys(before, ['x', 'y', 'a', 'b', 'c']);
    expect(rows(after)).toEqual(['3:x', '4:y', '0:a', '1:b', '2:c']);
    // Scrolling one row down: the top row leaves, one comes in at the bottom.
    expect(rows(assignRowKeys(after, ['y', 'a', 'b', 'c', 'd']))).toEqual(['4:y', '0:a', '1:b', '2:c', '5:d']);
  });

  it('refills a member that would have to jump over another, instead of moving its row', () => {
    const before = firstRowKeys(['a', 'b', 'c']);
    // Sorted the other way: only "c" can keep its row; "b" and "a" come after it.
    const after = assignRowKeys(before, ['c', 'b', 'a']);
    expect(keptInOrder(before, after)).toBe(true);
    expect(new Set(after.keys).size).toBe(3);
    expect(after.ids).toEqual(['c', 'b', 'a']);
  });

  it('gives every row its own key and never moves a row, for any change of the list', () => {
    const id = fc.integer({ min: 0, max: 30 }).map(String);
    const list = fc.uniqueArray(id, { maxLength: 22 });
    fc.assert(
      fc.property(list, fc.array(list, { minLength: 1, maxLength: 6 }), (start, changes) => {
        let k = firstRowKeys(start);
        for (const ids of changes) {
          const next = assignRowKeys(k, ids);
          expect(next.ids).toEqual(ids);
          expect(new Set(next.keys).size).toBe(ids.length);
          expect(keptInOrder(k, next)).toBe(true);
          // A member in view before and after keeps its row whenever the order allows it.
          const kept = next.keys.filter((key, i) => k.keys.includes(key) && k.ids[k.keys.indexOf(key)] === ids[i]).length;
          const common = ids.filter((x) => k.ids.includes(x)).length;
          if (ids.filter((x) => k.ids.includes(x)).every((x, i, a) => i === 0 || k.ids.indexOf(x) > k.ids.indexOf(a[i - 1]!))) expect(kept).toBe(common);
          k = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
