import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { useT } from '../../i18n';
import { hrefFor } from '../../ui/routes';

export function Overview() {
  const t = useT();
  const { repos, settings, persisted } = useApp();
  const { value: profile, loading } = useLive(() => repos.profile.load(), [repos]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('overview.title')}</h1>
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
      <div className="card">
        <h2>{t('overview.you')}</h2>
        <p>{settings.userName ? [settings.userName, settings.boardRole].filter(Boolean).join(', ') : t('overview.youUnknown')}</p>
      </div>
      <p className="muted small">{persisted ? t('overview.storagePersisted') : t('overview.storageNotPersisted')}</p>
    </section>
  );
}
