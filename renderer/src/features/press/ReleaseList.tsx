import { useMemo, useState } from 'react';
import { useLang } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { EmptyState } from '../../ui/EmptyState';
import { hrefFor, navigate } from '../../ui/routes';
import { useLive } from '../../db/useLive';
import { filterRows, publishedOn, seriesRows, type StatusFilter } from '../../domain/press/archive';
import { formatDate } from '../../domain/press/format';
import { StatusBadge } from './StatusBadge';
import { formatStamp, localToday, usePressRepo, usePressT } from './usePress';

const FILTERS: StatusFilter[] = ['all', 'draft', 'ready', 'published'];

export function ReleaseList() {
  const t = usePressT();
  const lang = useLang();
  const repo = usePressRepo();
  const { repos } = useApp();
  const { value: all } = useLive(() => repo.list(), [repo]);
  const { value: profile } = useLive(() => repos.profile.load(), [repos]);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [busy, setBusy] = useState(false);

  const rows = useMemo(() => seriesRows(all ?? []), [all]);
  const shown = useMemo(() => filterRows(rows, query, status), [rows, query, status]);

  async function create() {
    setBusy(true);
    try {
      const r = await repo.createNew(await repos.profile.load(), localToday());
      navigate('press', r.id);
    } finally {
      setBusy(false);
    }
  }

  async function duplicate(id: string) {
    const copy = await repo.duplicate(id, localToday());
    navigate('press', copy.id);
  }

  const profileIncomplete = profile !== undefined && (!profile?.about || !(profile.pressContacts ?? []).length);

  return (
    <section aria-labelledby="page-title" className="press-list">
      <div className="press-list__head">
        <h1 id="page-title">{t('title')}</h1>
        <button type="button" className="button button--primary" onClick={() => void create()} disabled={busy}>
          {t('new')}
        </button>
      </div>
      <p className="muted">{t('intro')}</p>
      {profileIncomplete && (
        <p className="card card--callout small">
          {t('profileHint')} <a href={hrefFor('settings')}>{t('toSettings')}</a>
        </p>
      )}
      {all && rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>
          <p>{t('emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="press-list__tools" role="search">
            <label className="field press-list__search">
              <span className="field__label">{t('search')}</span>
              <input type="search" value={query} placeholder={t('searchHint')} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <label className="field">
              <span className="field__label">{t('filter')}</span>
              <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
                {FILTERS.map((f) => (
                  <option key={f} value={f}>
                    {t(`filter.${f}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {shown.length === 0 && all ? (
            <p className="muted">{t('noMatch', { query })}</p>
          ) : (
            <table className="press-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.headline')}</th>
                  <th scope="col">{t('col.status')}</th>
                  <th scope="col">{t('col.date')}</th>
                  <th scope="col">{t('col.changed')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ seriesId, latest, published }) => {
                  const headline = latest.headline.trim() || t('untitled');
                  return (
                    <tr key={seriesId}>
                      <td>
                        <a href={hrefFor('press', latest.id)} className="press-table__headline">
                          {headline}
                        </a>
                        {latest.version > 1 && <span className="muted small"> · {t('versionN', { n: latest.version })}</span>}
                      </td>
                      <td>
                        <StatusBadge status={latest.status} />
                        {published && (
                          <div className="small muted">
                            {published === latest ? t('publishedOn', { date: publishedOn(published, lang) ?? '' }) : `${t('publishedOn', { date: publishedOn(published, lang) ?? '' })} · ${t('newerDraft', { version: latest.version })}`}
                          </div>
                        )}
                      </td>
                      <td className="press-table__nowrap">{formatDate(latest.date, lang)}</td>
                      <td className="small muted">{formatStamp(latest.updatedAt, lang)}</td>
                      <td>
                        <button type="button" className="button button--quiet" aria-label={t('duplicateLabel', { headline })} onClick={() => void duplicate(latest.id)}>
                          {t('duplicate')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
