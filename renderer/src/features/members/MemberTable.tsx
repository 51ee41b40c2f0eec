// The member list, virtualized: only the rows in view are in the DOM, so 10,000 members scroll
// as lightly as 10. Headers are buttons (click, Enter or Space to sort; again to flip).
import { memo, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { useMessages } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import type { CategoryRecord, MemberRecord } from '../../domain/members/model';
import type { SortColumn, SortOrder } from '../../domain/members/search';
import { messages } from './messages';
import { StatusBadge } from './StatusBadge';

const COLUMNS: SortColumn[] = ['memberNumber', 'name', 'category', 'status', 'city', 'email'];
const ROW_HEIGHT = 54;
// Rows kept beyond the visible ones, for smooth scrolling: a dozen visible plus six each side.
// Only once the officer scrolls the list: a keystroke in the search may refill every row in the
// DOM (new text to lay out, about as much work per row as the search itself), and rows out of view
// are no use while typing, so a new list shows the rows in view alone until it is scrolled.
export const OVERSCAN = 6;
// The body's height before it is measured: its CSS maximum.
const INITIAL_HEIGHT = 640;

/**
 * The rows to put in the DOM: those in view and `overscan` more on each side, as [first, end).
 * Every row is ROW_HEIGHT high, so this is arithmetic on the scroll position – the same for 10
 * members or 10,000, where a general virtualizer measures every row of the list again whenever
 * the count changes (each keystroke in the search).
 */
export function rowWindow(count: number, scrollTop: number, height: number, overscan = OVERSCAN): [number, number] {
  // A shorter list than the scroll position reaches: the browser will scroll back to its end.
  const top = Math.max(0, Math.min(scrollTop, count * ROW_HEIGHT - height));
  const first = Math.floor(top / ROW_HEIGHT);
  const last = Math.ceil((top + height) / ROW_HEIGHT);
  return [Math.max(0, first - overscan), Math.min(count, last + overscan)];
}

/**
 * Whether a scroll of the list's body to `scrollTop` is the officer's, rather than the browser
 * taking the body back to the end of a list that became shorter than the place scrolled to
 * (which a keystroke does, and which must not bring back the rows out of view).
 */
export function scrolledByUser(count: number, height: number, scrollTop: number, previousTop: number): boolean {
  const end = Math.max(0, count * ROW_HEIGHT - height);
  return !(scrollTop < previousTop && Math.abs(scrollTop - end) < 1);
}

/** The members in the DOM's rows, in order, and the React key of each row. */
export type RowKeys = { readonly ids: readonly string[]; readonly keys: readonly number[]; readonly next: number };

export function firstRowKeys(ids: readonly string[]): RowKeys {
  return { ids, keys: ids.map((_, i) => i), next: ids.length };
}

/**
 * Which row of the DOM shows which member after the list changed, so the browser redoes as
 * little as it can. A member still in view keeps its row (only the row's position changes: no
 * new text to lay out), which is most of them when a keystroke narrows the list or a scroll
 * moves it. The other members fill the rows of those that left, in order (new text in an
 * existing row); only where there are more of them is a row made. The rows never change order
 * in the DOM, which stays in the list's order for screen readers and the Tab key: members kept
 * are taken in their old order, and a member that would have to jump over another is refilled
 * like a new one.
 */
export function assignRowKeys(prev: RowKeys, ids: readonly string[]): RowKeys {
  const oldAt = new Map<string, number>();
  prev.ids.forEach((id, i) => oldAt.set(id, i));
  // The kept members: walking the new list, each whose old row comes after the last one kept.
  const keptOld: number[] = [];
  const keptNew: number[] = [];
  ids.forEach((id, j) => {
    const o = oldAt.get(id);
    if (o !== undefined && o > (keptOld[keptOld.length - 1] ?? -1)) {
      keptOld.push(o);
      keptNew.push(j);
    }
  });
  // Between two kept members (and before the first, after the last), the new members take the
  // rows the old ones left there, in order; any more get new rows.
  const keys: number[] = new Array<number>(ids.length);
  let next = prev.next;
  let o = 0;
  let j = 0;
  for (let g = 0; g <= keptOld.length; g++) {
    const oldEnd = g < keptOld.length ? keptOld[g]! : prev.ids.length;
    const newEnd = g < keptNew.length ? keptNew[g]! : ids.length;
    for (; j < newEnd; j++) keys[j] = o < oldEnd ? prev.keys[o++]! : next++;
    if (g < keptOld.length) {
      keys[j++] = prev.keys[oldEnd]!;
      o = oldEnd + 1;
    }
  }
  return { ids, keys, next };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

type Props = { members: MemberRecord[]; categories: CategoryRecord[]; sort: SortOrder; onSort(column: SortColumn): void };

// Memoised: typing in the search box re-renders the list's parent at once, and the table only
// when the (deferred) result changes.
export const MemberTable = memo(function MemberTable({ members, categories, sort, onSort }: Props) {
  const t = useMessages(messages);
  const scroller = useRef<HTMLDivElement>(null);
  const names = useMemo(() => new Map(categories.map((c) => [c.id, c.name])), [categories]);
  // Where the body is scrolled to and how high it is; a scroll renders only when it brings
  // another row into view.
  const [view, setView] = useState({ top: 0, height: INITIAL_HEIGHT });
  // The list the officer last scrolled: that list has its overscan, a new one (each keystroke in
  // the search) only the rows in view until it is scrolled in turn.
  const [scrolled, setScrolled] = useState<readonly MemberRecord[] | undefined>(undefined);
  const lastTop = useRef(0);
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const top = e.currentTarget.scrollTop;
    const rowsAt = (t: number, height: number) => `${Math.floor(t / ROW_HEIGHT)}:${Math.ceil((t + height) / ROW_HEIGHT)}`;
    setView((v) => (rowsAt(v.top, v.height) === rowsAt(top, v.height) ? v : { ...v, top }));
    if (scrolled !== members && scrolledByUser(members.length, view.height, top, lastTop.current)) setScrolled(members);
    lastTop.current = top;
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView((v) => (v.height === el.clientHeight ? v : { ...v, height: el.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const [first, end] = rowWindow(members.length, view.top, view.height, scrolled === members ? OVERSCAN : 0);
  const ids: string[] = [];
  for (let i = first; i < end; i++) ids.push(members[i]!.id);
  const [rowKeys, setRowKeys] = useState(() => firstRowKeys(ids));
  if (!sameIds(rowKeys.ids, ids)) {
    // Derived from the rows last rendered: React renders again at once with the new keys, before
    // anything reaches the DOM, so nothing more is worth doing in this pass.
    setRowKeys(assignRowKeys(rowKeys, ids));
    return null;
  }

  return (
    <div className="members-table" role="table" aria-label={t('title')} aria-rowcount={members.length + 1}>
      <div className="members-table__head" role="rowgroup">
        <div className="members-table__row" role="row" aria-rowindex={1}>
          {COLUMNS.map((c) => {
            const active = sort.column === c;
            return (
              <div key={c} role="columnheader" className={`members-table__cell members-col--${c}`} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="members-sort" onClick={() => onSort(c)} title={t('sort.hint', { column: t(`col.${c}`) })}>
                  {t(`col.${c}`)}
                  <span aria-hidden="true" className="members-sort__arrow">
                    {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                  {active && <span className="visually-hidden">, {t(sort.direction === 'asc' ? 'sort.asc' : 'sort.desc')}</span>}
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scroller} className="members-table__body" role="rowgroup" onScroll={onScroll}>
        {/* The spacer gives the body its scroll height; the rows sit in a box of their own whose
            size never changes, so a new count does not lay out again the rows whose member stayed. */}
        <div className="members-table__spacer" style={{ height: members.length * ROW_HEIGHT }} />
        <div className="members-table__rows">
          {rowKeys.keys.map((key, j) => {
            const index = first + j;
            const m = members[index]!;
            const contact = m.contacts?.[0];
            // Keyed as assignRowKeys says: a member still in view keeps its row, the rest refill
            // the rows already on screen instead of replacing them.
            return (
              <div
                key={key}
                role="row"
                aria-rowindex={index + 2}
                className="members-table__row members-table__row--body"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${index * ROW_HEIGHT}px)` }}
              >
                <div role="cell" className="members-table__cell members-col--memberNumber">{m.memberNumber}</div>
                <div role="cell" className="members-table__cell members-col--name">
                  <a href={hrefFor('members', m.id)} className="members-table__name">{m.name}</a>
                  <span className="members-table__sub">
                    {contact ? contact.name : m.organisationNumber ?? (m.kind === 'person' ? t('kind.person') : '')}
                  </span>
                </div>
                <div role="cell" className="members-table__cell members-col--category">{m.categoryId ? names.get(m.categoryId) : ''}</div>
                <div role="cell" className="members-table__cell members-col--status"><StatusBadge status={m.status} anonymised={Boolean(m.anonymisedAt)} /></div>
                <div role="cell" className="members-table__cell members-col--city">{m.city}</div>
                <div role="cell" className="members-table__cell members-col--email">{m.email ?? contact?.email}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
