import { useEffect, useMemo, useState } from 'react';
import type { AppInfo, LocalSettings, LocalSettingsPatch } from '../../electron/api';
import { send } from './platform/bridge';
import { setLocalUser, type Repositories } from './db/open';
import { useLive } from './db/useLive';
import { I18nProvider } from './i18n';
import { AppContext, type AppState } from './ui/appContext';
import { Layout } from './ui/Layout';
import { useArea, type Area } from './ui/routes';
import { Overview } from './features/dashboard/Overview';
import { SettingsPage } from './features/settings/SettingsPage';
import { NotBuilt } from './features/placeholder/NotBuilt';

function Screen({ area }: { area: Area }) {
  switch (area) {
    case 'overview':
      return <Overview />;
    case 'settings':
      return <SettingsPage />;
    case 'members':
      return <NotBuilt label="nav.members" description="empty.members" />;
    case 'fees':
      return <NotBuilt label="nav.fees" description="empty.fees" />;
    case 'meetings':
      return <NotBuilt label="nav.meetings" description="empty.meetings" />;
    case 'bylaws':
      return <NotBuilt label="nav.bylaws" description="empty.bylaws" />;
    case 'press':
      return <NotBuilt label="nav.press" description="empty.press" />;
    case 'sync':
      return <NotBuilt label="nav.sync" description="empty.sync" />;
  }
}

export function App({ info, initialSettings, repos, persisted }: { info: AppInfo; initialSettings: LocalSettings; repos: Repositories; persisted: boolean }) {
  const [settings, setSettings] = useState(initialSettings);
  const area = useArea();
  const { value: profile } = useLive(() => repos.profile.load(), [repos]);

  useEffect(() => {
    document.documentElement.lang = settings.language;
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings.language, settings.theme]);

  useEffect(() => {
    document.title = profile?.name ? `Kansli – ${profile.name}` : 'Kansli';
  }, [profile?.name]);

  const state = useMemo<AppState>(
    () => ({
      info,
      repos,
      settings,
      persisted,
      async updateSettings(patch: LocalSettingsPatch) {
        const next = await send('settings:update', patch);
        setLocalUser(repos, next.userName);
        setSettings(next);
      },
    }),
    [info, repos, settings, persisted],
  );

  return (
    <AppContext.Provider value={state}>
      <I18nProvider lang={settings.language}>
        <Layout area={area} orgName={profile?.name} logo={profile?.logo}>
          <Screen area={area} />
        </Layout>
      </I18nProvider>
    </AppContext.Provider>
  );
}
