import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { AppInfo, LocalSettings, LocalSettingsPatch } from '../../electron/api';
import { send } from './platform/bridge';
import { setLocalUser, type Repositories } from './db/open';
import { useLive } from './db/useLive';
import { I18nProvider, useT } from './i18n';
import { AppContext, type AppState } from './ui/appContext';
import { Layout } from './ui/Layout';
import { useArea, type Area } from './ui/routes';
import { saveShellPrefs } from './ui/shellScript';
import { Overview, OverviewView } from './features/dashboard/Overview';

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

const waiting = <p className="muted" role="status">…</p>;

function Screen({ area }: { area: Area }) {
  const Component = screens[area];
  return (
    <Suspense fallback={waiting}>
      <Component />
    </Suspense>
  );
}

export function BootError({ error }: { error: unknown }) {
  const t = useT();
  return (
    <main className="boot-error" role="alert">
      <h1>{t('app.startFailed')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>
  );
}

/**
 * `opening`: the database, still opening when the app first renders. With a large register the
 * browser takes a while to open its files, so the shell and the overview (heading, the user from
 * the host's settings) show at once, and the association's card, the sync badge and the other
 * areas follow when the database is open; an area opened before then shows that it is waiting.
 */
export function App({ info, initialSettings, opening, persisted }: { info: AppInfo; initialSettings: LocalSettings; opening: Promise<Repositories>; persisted: boolean }) {
  const [settings, setSettings] = useState(initialSettings);
  const [opened, setOpened] = useState<{ repos: Repositories } | { error: unknown } | null>(null);
  const area = useArea();
  const repos = opened && 'repos' in opened ? opened.repos : null;
  const { value: profile } = useLive(() => (repos ? repos.profile.load() : Promise.resolve(undefined)), [repos]);

  useEffect(() => {
    let current = true;
    opening.then(
      (r) => current && setOpened({ repos: r }),
      (error: unknown) => current && setOpened({ error }),
    );
    return () => {
      current = false;
    };
  }, [opening]);

  useEffect(() => {
    document.documentElement.lang = settings.language;
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
    // The static shell of the next start paints before the host's settings are known.
    saveShellPrefs({ language: settings.language, theme: settings.theme });
  }, [settings.language, settings.theme]);

  useEffect(() => {
    document.title = profile?.name ? `Kansli – ${profile.name}` : 'Kansli';
  }, [profile?.name]);

  const state = useMemo<AppState | null>(
    () =>
      repos && {
        info,
        repos,
        settings,
        persisted,
        async updateSettings(patch: LocalSettingsPatch) {
          const next = await send('settings:update', patch);
          setLocalUser(repos, next.userName);
          setSettings(next);
        },
      },
    [info, repos, settings, persisted],
  );

  if (opened && 'error' in opened) {
    return (
      <I18nProvider lang={settings.language}>
        <BootError error={opened.error} />
      </I18nProvider>
    );
  }
  return (
    <AppContext.Provider value={state}>
      <I18nProvider lang={settings.language}>
        <Layout area={area} orgName={profile?.name} logo={profile?.logo} ready={!!state}>
          {state ? <Screen area={area} /> : area === 'overview' ? <OverviewView profile={undefined} loading settings={settings} persisted={persisted} /> : waiting}
        </Layout>
      </I18nProvider>
    </AppContext.Provider>
  );
}
