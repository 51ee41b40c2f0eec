// The member list, virtualized: only the rows in view are in the DOM, so 10,000 members scroll
// as lightly as 10. Headers are buttons (click, Enter or Space to sort; again to flip).
import { memo, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMessages } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import type { CategoryRecord, MemberRecord } from '../../domain/members/model';
import type { SortColumn, SortOrder } from '../../domain/members/search';
import { messages } from './messages';
import { StatusBadge } from './StatusBadge';

const COLUMNS: SortColumn[] = ['memberNumber', 'name', 'category', 'status', 'city', 'email'];
const ROW_HEIGHT = 54;
// Rows kept beyond the visible ones, for smooth scrolling. Every keystroke in the search refills
// all rows in the DOM, so each extra row costs typing time: a dozen visible plus six each side.
const OVERSCAN = 6;

type Props = { members: MemberRecord[]; categories: CategoryRecord[]; sort: SortOrder; onSort(column: SortColumn): void };

// Memoised: typing in the search box re-renders the list's parent at once, and the table only
// when the (deferred) result changes.
export const MemberTable = memo(function MemberTable({ members, categories, sort, onSort }: Props) {
  const t = useMessages(messages);
  const scroller = useRef<HTMLDivElement>(null);
  const names = useMemo(() => new Map(categories.map((c) => [c.id, c.name])), [categories]);
  const virtualizer = useVirtualizer({ count: members.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: OVERSCAN });

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
      <div ref={scroller} className="members-table__body" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const m = members[v.index]!;
            const contact = m.contacts?.[0];
            // Keyed by place in the list, not by member: a new search result fills the rows already
            // on screen instead of replacing them, which is most of a keystroke's DOM work.
            return (
              <div
                key={v.key}
                role="row"
                aria-rowindex={v.index + 2}
                className="members-table__row members-table__row--body"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
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
