import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { messages } from './messages';
import { SetupCard } from './SetupCard';
import { StatusCard } from './StatusCard';
import { ConflictsCard } from './ConflictsCard';
import { BackupCard } from './BackupCard';
import './sync.css';

/** Synkronisering: the shared file, the last sync, conflicts to resolve, and backups. */
export function Page() {
  const t = useMessages(messages);
  const { settings } = useApp();
  return (
    <section aria-labelledby="page-title" className="sync">
      <h1 id="page-title">{t('title')}</h1>
      <p className="muted sync__intro">{t('intro')}</p>
      {settings.syncFilePath ? <StatusCard path={settings.syncFilePath} /> : <SetupCard />}
      <ConflictsCard />
      <BackupCard />
    </section>
  );
}

export { SyncNavBadge, SyncBackground } from './Background';
