// The archive of one release: every version, which were published and when, and a link to each.
import { useLang } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import { useLive } from '../../db/useLive';
import { publishedOn } from '../../domain/press/archive';
import { StatusBadge } from './StatusBadge';
import { usePressRepo, usePressT } from './usePress';

export function VersionNav({ seriesId, currentId }: { seriesId: string; currentId: string }) {
  const t = usePressT();
  const lang = useLang();
  const repo = usePressRepo();
  const { value: versions } = useLive(() => repo.versions(seriesId), [repo, seriesId]);
  if (!versions || versions.length < 2) return null;
  return (
    <nav className="press-versions" aria-label={t('versions')}>
      <h2 className="small">{t('versions')}</h2>
      <ul>
        {versions.map((v) => (
          <li key={v.id}>
            {v.id === currentId ? (
              <strong aria-current="page">
                {t('versionN', { n: v.version })} {t('versions.current')}
              </strong>
            ) : (
              <a href={hrefFor('press', v.id)}>{t('versionN', { n: v.version })}</a>
            )}{' '}
            <StatusBadge status={v.status} />
            {v.status === 'published' && <span className="small muted"> {publishedOn(v, lang)}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
