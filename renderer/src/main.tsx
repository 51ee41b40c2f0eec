import { createRoot } from 'react-dom/client';
import { App } from './App';
import { captureToken, send } from './platform/bridge';
import { openRepositories, requestPersistentStorage } from './db/open';
import { translator } from './i18n';
import './ui/styles.css';

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  captureToken();
  try {
    // Asking for persistent storage needs nothing else, so it runs alongside the start-up work
    // instead of after it.
    const persisting = requestPersistentStorage();
    const [info, settings] = await Promise.all([send('app:info', undefined), send('settings:get', undefined)]);
    const [repos, persisted] = await Promise.all([openRepositories(settings.deviceId, settings.userName), persisting]);
    root.render(<App info={info} initialSettings={settings} repos={repos} persisted={persisted} />);
  } catch (err) {
    const t = translator('sv');
    root.render(
      <main className="boot-error" role="alert">
        <h1>{t('app.startFailed')}</h1>
        <p>{err instanceof Error ? err.message : String(err)}</p>
      </main>,
    );
  }
}

void boot();
