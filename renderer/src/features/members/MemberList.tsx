// The register: search as you type, filters, sortable virtualized list, exports. The search and
// filters are kept for the session, so coming back from a member finds the list as it was left.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { hrefFor } from '../../ui/routes';
import { memberSearcher, searchMembers, toggleSort, type SortColumn, type SortOrder } from '../../domain/members/search';
import type { MemberStatus } from '../../domain/members/types';
import type { CategoryRecord } from '../../domain/members/model';
import { useCategories, useMemberIndex, useMembers } from './data';
import { messages } from './messages';
import { MemberTable } from './MemberTable';
import { ExportPanel } from './ExportPanel';
import { useUnpaidThisYear } from './feeStatus';

type StatusFilter = '' | 'current' | MemberStatus;
type ListState = { query: string; status: StatusFilter; categoryId: string; tag: string; unpaid?: boolean; sort: SortOrder };

const KEY = 'kansli.members.list';
const INITIAL: ListState = { query: '', status: 'current', categoryId: '*', tag: '', sort: { column: 'memberNumber', direction: 'asc' } };

function loadState(): ListState {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? { ...INITIAL, ...(JSON.parse(raw) as Partial<ListState>) } : INITIAL;
  } catch {
    return INITIAL;
  }
}

function saveState(state: ListState): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // not kept: the list starts fresh next time
  }
}

// How long typing must pause before the list's state is written to sessionStorage.
const SAVE_AFTER_MS = 400;

/**
 * Keeps the list's state for the session. Written once typing pauses, and at once when the list
 * is left or the page hidden, not on every keystroke: a sessionStorage write is synchronous and
 * took from a fraction of a millisecond to several on the keystroke's path.
 */
function useKeptState(state: ListState): void {
  const unsaved = useRef<ListState | undefined>(undefined);
  useEffect(() => {
    unsaved.current = state;
    const timer = setTimeout(() => {
      unsaved.current = undefined;
      saveState(state);
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current) saveState(unsaved.current);
      unsaved.current = undefined;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}

const STATUS_SETS: Record<Exclude<StatusFilter, ''>, MemberStatus[]> = {
  current: ['applied', 'active'],
  applied: ['applied'],
  active: ['active'],
  resigned: ['resigned'],
  excluded: ['excluded'],
};

export function MemberList() {
  const t = useMessages(messages);
  const members = useMembers();
  const categories = useCategories();
  const index = useMemberIndex(members, categories);
  const [state, setState] = useState<ListState>(loadState);
  // No deferred value: a keystroke narrows the last result (see memberSearcher) and renders once,
  // well inside a frame at 10,000 members, where deferring cost a second render per keystroke.
  const query = state.query;
  const search = useMemo(() => (index ? memberSearcher(index) : undefined), [index]);
  useKeptState(state);
  // Stable, so the memoised filters render only when a filter changes, not with every keystroke.
  const set = useCallback((patch: Partial<ListState>) => setState((s) => ({ ...s, ...patch })), []);
  // Stable, so the memoised table renders only when its rows or order change.
  const onSort = useCallback((c: SortColumn) => setState((s) => ({ ...s, sort: toggleSort(s.sort, c) })), []);

  const unpaid = useUnpaidThisYear(state.unpaid === true);
  const shown = useMemo(() => {
    if (!search) return [];
    return search(
      {
        query,
        statuses: state.status ? STATUS_SETS[state.status] : undefined,
        categoryId: state.categoryId === '*' ? undefined : state.categoryId,
        tag: state.tag || undefined,
        memberIds: state.unpaid ? (unpaid ?? new Set()) : undefined,
      },
      state.sort,
    );
  }, [search, query, state.status, state.categoryId, state.tag, state.sort, state.unpaid, unpaid]);

  // The whole register in the list's order, for "export everything"; once per data or order,
  // not per keystroke.
  const everyone = useMemo(() => (index ? searchMembers(index, {}, state.sort) : []), [index, state.sort]);
  const active = useMemo(() => members?.filter((m) => m.status === 'active').length ?? 0, [members]);

  if (!members || !categories || !index) return <p className="muted">{t('loading')}</p>;

  const filtered = state.query !== '' || state.status !== INITIAL.status || state.categoryId !== '*' || state.tag !== '' || state.unpaid === true;

  return (
    <section aria-labelledby="page-title" className="members">
      <div className="members-head">
        <div>
          <h1 id="page-title">{t('title')}</h1>
          {members.length > 0 && <p className="muted members-head__summary">{t('summary', { total: members.length, active })}</p>}
        </div>
        <div className="members-head__actions">
          <a className="button button--primary" href={hrefFor('members', 'ny')}>{t('action.new')}</a>
          <a className="button" href={hrefFor('members', 'import')}>{t('action.import')}</a>
          <a className="button button--quiet" href={hrefFor('members', 'kategorier')}>{t('action.categories')}</a>
          <a className="button button--quiet" href={hrefFor('members', 'gallring')}>{t('action.retention')}</a>
        </div>
      </div>

      {members.length === 0 ? (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.body')}</p>
          <div className="members-start">
            <a className="members-start__option" href={hrefFor('members', 'ny')}>
              <strong>{t('empty.add')}</strong>
              <span className="muted">{t('empty.addHint')}</span>
            </a>
            <a className="members-start__option" href={hrefFor('members', 'import')}>
              <strong>{t('empty.import')}</strong>
              <span className="muted">{t('empty.importHint')}</span>
            </a>
          </div>
        </EmptyState>
      ) : (
        <>
          <div className="members-filters" role="search">
            <div className="field members-filters__search">
              <label htmlFor="members-search">{t('search.label')}</label>
              <input id="members-search" type="search" autoComplete="off" placeholder={t('search.placeholder')} value={state.query} onChange={(e) => set({ query: e.target.value })} />
            </div>
            <Filters status={state.status} categoryId={state.categoryId} unpaid={state.unpaid === true} tag={state.tag} categories={categories} tags={index.tags} set={set} />
          </div>
          <div className="members-listbar">
            <p className="members-count" role="status" aria-live="polite">
              {shown.length === 0 ? t('count.none') : t('count.showing', { shown: shown.length, total: members.length })}
            </p>
            {filtered && (
              <button type="button" className="button button--quiet" onClick={() => setState({ ...INITIAL, sort: state.sort })}>
                {t('filter.clear')}
              </button>
            )}
          </div>
          {shown.length > 0 && <MemberTable members={shown} categories={categories} sort={state.sort} onSort={onSort} />}
          <ExportPanel shown={shown} all={everyone} categories={categories} />
        </>
      )}
    </section>
  );
}

type FiltersProps = {
  status: StatusFilter;
  categoryId: string;
  unpaid: boolean;
  tag: string;
  categories: CategoryRecord[];
  tags: readonly string[];
  set(patch: Partial<ListState>): void;
};

// Memoised: a keystroke in the search box changes none of its props, so it is not rendered again.
const Filters = memo(function Filters({ status, categoryId, unpaid, tag, categories, tags, set }: FiltersProps) {
  const t = useMessages(messages);
  return (
    <>
      <div className="field">
        <label htmlFor="members-status">{t('filter.status')}</label>
        <select id="members-status" value={status} onChange={(e) => set({ status: e.target.value as StatusFilter })}>
          <option value="">{t('filter.all')}</option>
          <option value="current">{t('filter.current')}</option>
          {(['active', 'applied', 'resigned', 'excluded'] as const).map((s) => (
            <option key={s} value={s}>{t(`status.${s}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="members-category">{t('filter.category')}</label>
        <select id="members-category" value={categoryId} onChange={(e) => set({ categoryId: e.target.value })}>
          <option value="*">{t('filter.all')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
          <option value="">{t('filter.noCategory')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="members-fee">{t('filter.fee')}</label>
        <select id="members-fee" value={unpaid ? 'unpaid' : ''} onChange={(e) => set({ unpaid: e.target.value === 'unpaid' })}>
          <option value="">{t('filter.all')}</option>
          <option value="unpaid">{t('filter.unpaid')}</option>
        </select>
      </div>
      {tags.length > 0 && (
        <div className="field">
          <label htmlFor="members-tag">{t('filter.tag')}</label>
          <select id="members-tag" value={tag} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">{t('filter.all')}</option>
            {tags.map((name) => (
              <option key={name} value={name}>{name}</option>
            ))}
          </select>
        </div>
      )}
    </>
  );
});
