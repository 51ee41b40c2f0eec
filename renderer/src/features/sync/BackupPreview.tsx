import { useEffect, useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import type { BackupEntry } from '../../../../electron/api';
import { previewBackup, restoreBackup, takeBackup, type BackupPreview } from '../../db/sync/backup';
import { messages } from './messages';
import { describeError } from './errors';
import { formatWhen } from './format';
import { useAreaName } from './RunSummary';
import { backupIo } from './session';

/** What a backup holds, and restoring it (after backing up the current state). */
export function BackupPreviewPanel({ entry, passphrase, dir, keep, onClose, onRestored }: {
  entry: BackupEntry; passphrase: string; dir: string; keep: number; onClose(): void; onRestored(): void;
}) {
  const t = useMessages(messages);
  const lang = useLang();
  const area = useAreaName();
  const { repos } = useApp();
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [error, setError] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void backupIo.read(entry.path)
      .then((bytes) => previewBackup(bytes, passphrase || undefined))
      .then(setPreview, (err: unknown) => setError(describeError(err, t)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the parent remounts this panel for another backup or passphrase
  }, []);

  async function restore() {
    if (!preview) return;
    setBusy(true);
    setError('');
    try {
      const before = await takeBackup(repos.db, repos.ctx, backupIo, { dir, keep: keep + 1, reason: 'before-restore' });
      const counts = await restoreBackup(repos.db, repos.ctx, preview.state);
      setDone(t('backup.restored', { n: Object.values(counts).reduce((a, b) => a + b, 0), name: before.name }));
      setConfirm(false);
      onRestored();
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sync__preview" role="region" aria-label={t('backup.previewHeading', { name: entry.name })} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3 className="sync__subheading">{t('backup.previewHeading', { name: entry.name })}</h3>
      {error && <p className="text-error" role="alert">{error}</p>}
      {preview && (
        <>
          <p className="muted">
            {t('backup.writtenAt', { when: formatWhen(preview.writtenAt, lang) })}
            {preview.encrypted && ` · ${t('backup.encrypted')}`}
          </p>
          <ul className="sync__counts">
            {Object.entries(preview.counts).map(([table, n]) => (
              <li key={table}>
                <strong>{n}</strong> {area(table)}
                {preview.examples[table]?.length ? <span className="muted"> ({preview.examples[table]!.join(', ')})</span> : null}
              </li>
            ))}
          </ul>
          {done ? (
            <p className="sync__ok" role="status">{done}</p>
          ) : confirm ? (
            <div className="sync__confirm" role="alertdialog" aria-label={t('backup.restore')}>
              <p>{t('backup.restore.confirm')}</p>
              <button type="button" className="button button--primary" disabled={busy} autoFocus onClick={() => void restore()}>{t('backup.restore')}</button>{' '}
              <button type="button" className="button button--quiet" onClick={() => setConfirm(false)}>{t('conflicts.cancel')}</button>
            </div>
          ) : (
            <button type="button" className="button" onClick={() => setConfirm(true)}>{t('backup.restore')}</button>
          )}
        </>
      )}
      <div className="form__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>{t('backup.close')}</button>
      </div>
    </div>
  );
}
