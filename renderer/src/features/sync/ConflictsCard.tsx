import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { openConflicts } from '../../db/sync/tables';
import { messages } from './messages';
import { ConflictItem } from './ConflictItem';
import { useSubPath } from '../../ui/routes';
import { CONFLICT_SEGMENT } from './RecordConflictBadge';
import './conflicts.css';

/** The open conflicts, newest first; each one shows both values and who wrote them when. */
export function ConflictsCard() {
  const t = useMessages(messages);
  const { repos } = useApp();
  const { value: conflicts = [] } = useLive(() => openConflicts(repos.db), [repos]);
  const sub = useSubPath();
  // #/synk/konflikt/<id>: the conflict a record's badge links to.
  const highlight = sub[0] === CONFLICT_SEGMENT ? sub[1] : undefined;
  const sorted = [...conflicts].sort((a, b) => (a.detectedAt < b.detectedAt ? 1 : -1));
  return (
    <section className={`card${sorted.length ? ' sync__conflicts--open' : ''}`} aria-labelledby="sync-conflicts-heading">
      <h2 id="sync-conflicts-heading">
        {t('conflicts.heading')} {sorted.length > 0 && <span className="sync__badge">{t('conflicts.badge', { n: sorted.length })}</span>}
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('conflicts.none')}</p>
      ) : (
        <>
          <p className="muted">{t('conflicts.intro')}</p>
          <ul className="sync__conflict-list">
            {sorted.map((c) => <ConflictItem key={c.id} conflict={c} highlight={c.id === highlight} />)}
          </ul>
        </>
      )}
    </section>
  );
}
