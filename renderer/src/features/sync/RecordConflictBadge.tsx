// "Konflikt att lösa" on the record itself (a member's page, a press release, minutes): a conflict
// must be impossible to miss, not only a count on the sync screen. The link opens that conflict
// in Synkronisering, scrolled to and highlighted.
import { useLang, useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { hrefFor } from '../../ui/routes';
import { openConflictsForAny } from '../../db/sync/tables';
import { DELETED_FIELD } from '../../domain/sync/types';
import { fieldName } from './format';
import { featMessages } from './featMessages';
import './recordBadge.css';

/** The segment after #/synk that names a conflict to show: `#/synk/konflikt/<id>`. */
export const CONFLICT_SEGMENT = 'konflikt';

export function conflictHref(conflictId: string): string {
  return hrefFor('sync', CONFLICT_SEGMENT, conflictId);
}

type Target = { table: string; recordId: string };

/** One record (`table` and `recordId`), or several that the screen shows as one (`records`). */
export function RecordConflictBadge(props: Target | { records: readonly Target[] }) {
  const t = useMessages(featMessages);
  const lang = useLang();
  const { repos } = useApp();
  const records = 'records' in props ? props.records : [props];
  const key = records.map((r) => `${r.table}/${r.recordId}`).join('|');
  // `key` is the records' identity; the array itself is new on every render.
  const { value: open = [] } = useLive(() => openConflictsForAny(repos.db, records), [repos, key]);
  if (open.length === 0) return null;
  const first = [...open].sort((a, b) => (a.detectedAt < b.detectedAt ? 1 : -1))[0]!;
  const what = first.field === DELETED_FIELD ? t('badge.deleted') : fieldName(first.field, lang);
  const text = open.length === 1 ? t('badge.field', { field: what }) : t('badge.many', { n: open.length });
  return (
    <p className="sync-record-badge" role="status">
      <a href={conflictHref(first.id)} className="sync-record-badge__link">
        <span className="sync-record-badge__dot" aria-hidden="true">!</span>
        {text}
      </a>
      <span className="sync-record-badge__hint">{t('badge.hint')}</span>
    </p>
  );
}
