// The app's shell as static HTML: rendered once at build time (vite.config.ts) into index.html, so
// the navigation and the overview's heading paint as soon as the page and its stylesheet arrive,
// before React, Dexie and the app's code have been loaded and compiled. It is the same markup the
// app renders itself while the database opens (Layout before it is ready, the overview before it
// has data); boot.tsx replaces it with the app's own in one commit. Until then ui/shell.ts keeps
// it honest: its links work (they change the hash, which the app reads when it starts) and it
// shows which area was chosen, and waits, as the app would.
import { I18nProvider, type Language } from '../i18n';
import { Layout } from './Layout';
import { OverviewView } from '../features/dashboard/Overview';

export function StartShell({ lang }: { lang: Language }) {
  return (
    <I18nProvider lang={lang}>
      <Layout area="overview" ready={false}>
        <OverviewView profile={undefined} loading />
      </Layout>
    </I18nProvider>
  );
}
