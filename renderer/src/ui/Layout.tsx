import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { AREAS, hrefFor, type Area } from './routes';
// Only the badge and the background work: the sync screen and engine load when they are needed.
import { SyncBackground, SyncNavBadge } from '../features/sync/Background';

/** `ready`: the database is open. Until then the shell shows without the sync badge and background work, which need it. */
export function Layout({ area, orgName, logo, ready = true, children }: { area: Area; orgName?: string; logo?: string; ready?: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <div className="shell">
      {ready && <SyncBackground />}
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          {logo ? <img src={logo} alt="" className="brand__logo" /> : <span className="brand__mark" aria-hidden="true">§</span>}
          <div>
            <div className="brand__app">{t('app.name')}</div>
            {orgName && <div className="brand__org">{orgName}</div>}
          </div>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {AREAS.map((a) => (
              <li key={a.area}>
                <a href={hrefFor(a.area)} aria-current={a.area === area ? 'page' : undefined}>
                  {t(a.label)}
                  {ready && a.area === 'sync' && <SyncNavBadge />}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
