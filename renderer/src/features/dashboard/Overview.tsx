import type { LocalSettings } from '../../../../electron/api';
import type { ProfileRecord } from '../../db/schema';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { useT } from '../../i18n';
import { hrefFor } from '../../ui/routes';

export function Overview() {
  const { repos, settings, persisted } = useApp();
  const { value: profile, loading } = useLive(() => repos.profile.load(), [repos]);
  return <OverviewView profile={profile} loading={loading} settings={settings} persisted={persisted} />;
}

/**
 * The overview itself. At start-up it is shown before the database has opened (`loading`, no
 * profile yet): what it says then comes from the host's settings, and the association's card
 * follows when the database answers. Without `settings` (the static shell in index.html, painted
 * before any script has run, see ui/StartShell.tsx) it is only the heading and the card's place.
 */
export function OverviewView({ profile, loading, settings, persisted }: { profile: ProfileRecord | undefined; loading: boolean; settings?: LocalSettings; persisted?: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="page-title" aria-busy={loading || undefined}>
      <h1 id="page-title">{t('overview.title')}</h1>
      {/* Holds the card's place while the database opens, so the cards below do not jump down. */}
      {loading && !profile && <div className="card org-card org-card--pending" aria-hidden="true" />}
      {!loading && !profile && (
        <div className="card card--callout">
          <h2>{t('overview.welcome')}</h2>
          <p>{t('overview.noProfile')}</p>
          <a className="button button--primary" href={hrefFor('settings')}>
            {t('overview.goToSettings')}
          </a>
        </div>
      )}
      {profile && (
        <div className="card org-card">
          {profile.logo && <img className="org-card__logo" src={profile.logo} alt={t('org.logo.alt')} />}
          <div>
            <h2 className="org-card__name">{profile.name}</h2>
            <p className="muted">
              {[profile.organisationNumber, [profile.postalCode, profile.city].filter(Boolean).join(' ')].filter(Boolean).join(' · ')}
            </p>
          </div>
        </div>
      )}
      {settings && (
        <>
          <div className="card">
            <h2>{t('overview.you')}</h2>
            <p>{settings.userName ? [settings.userName, settings.boardRole].filter(Boolean).join(', ') : t('overview.youUnknown')}</p>
          </div>
          <p className="muted small">{persisted ? t('overview.storagePersisted') : t('overview.storageNotPersisted')}</p>
        </>
      )}
    </section>
  );
}
