import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { AppInfo, LocalSettings, LocalSettingsPatch } from '../../electron/api';
import { send } from './platform/bridge';
import { setLocalUser, type Repositories } from './db/open';
import { useLive } from './db/useLive';
import { I18nProvider } from './i18n';
import { AppContext, type AppState } from './ui/appContext';
import { Layout } from './ui/Layout';
import { useArea, type Area } from './ui/routes';
import { Overview } from './features/dashboard/Overview';

// Each area loads when first opened: the overview paints without parsing every area's code.
const lazyArea = (load: () => Promise<{ Page: () => React.JSX.Element }>) => lazy(() => load().then((m) => ({ default: m.Page })));
const MembersPage = lazyArea(() => import('./features/members'));
const FeesPage = lazyArea(() => import('./features/fees'));
const MeetingsPage = lazyArea(() => import('./features/meetings'));
const BylawsPage = lazyArea(() => import('./features/bylaws'));
const PressPage = lazyArea(() => import('./features/press'));
const SyncPage = lazyArea(() => import('./features/sync'));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

const screens: Record<Area, React.ComponentType> = {
  overview: Overview,
  members: MembersPage,
  fees: FeesPage,
  meetings: MeetingsPage,
  bylaws: BylawsPage,
  press: PressPage,
  sync: SyncPage,
  settings: SettingsPage,
};

function Screen({ area }: { area: Area }) {
  const Component = screens[area];
  return (
    <Suspense fallback={<p className="muted" role="status">…</p>}>
      <Component />
    </Suspense>
  );
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
