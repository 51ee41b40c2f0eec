import { useEffect, useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { TextField } from '../../ui/Field';
import { send } from '../../platform/bridge';
import type { BackupEntry } from '../../../../electron/api';
import { takeBackup } from '../../db/sync/backup';
import { messages } from './messages';
import { describeError } from './errors';
import { formatWhen } from './format';
import { loadPrefs, savePrefs, type SyncPrefs } from './prefs';
import { BackupPreviewPanel } from './BackupPreview';
import { backupIo } from './session';

/** Backups on demand and daily, the list of them, and restoring one after a preview. */
export function BackupCard() {
  const t = useMessages(messages);
  const lang = useLang();
  const { repos } = useApp();
  const [prefs, setPrefs] = useState<SyncPrefs | null>(null);
  const [dir, setDir] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [list, setList] = useState<BackupEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [previewing, setPreviewing] = useState<BackupEntry | null>(null);

  useEffect(() => {
    void loadPrefs(repos.db).then((p) => {
      setPrefs(p);
      setDir(p.backupDir);
    });
  }, [repos]);

  async function refresh(folder = dir.trim()) {
    if (!folder) return;
    try {
      setList(await send('backup:list', { dir: folder }));
    } catch (err) {
      setError(describeError(err, t));
    }
  }
  const savedDir = prefs?.backupDir;
  useEffect(() => {
    if (!savedDir) return;
    send('backup:list', { dir: savedDir }).then(setList, (err: unknown) => setError(describeError(err, t)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once the saved folder is known
  }, [savedDir]);

  async function backupNow(e: FormEvent) {
    e.preventDefault();
    setError('');
    setStatus('');
    const folder = dir.trim();
    if (!folder) return setError(t('backup.needDir'));
    setBusy(true);
    try {
      const next = await savePrefs(repos.db, { backupDir: folder });
      setPrefs(next);
      const row = await takeBackup(repos.db, repos.ctx, backupIo, { dir: folder, keep: next.backupKeep, passphrase: passphrase || undefined, reason: 'manual' });
      setStatus(t('backup.done', { name: row.name }));
      await refresh(folder);
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  }

  const update = (patch: Partial<SyncPrefs>) => void savePrefs(repos.db, patch).then(setPrefs);

  return (
    <section className="card" aria-labelledby="sync-backup-heading">
      <h2 id="sync-backup-heading">{t('backup.heading')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <form className="form" onSubmit={backupNow}>
        <div className="grid">
          <div className="grid__wide">
            <TextField label={t('backup.dir')} hint={t('backup.dir.hint')} value={dir} spellCheck={false} onChange={(e) => setDir(e.target.value)} />
          </div>
          <TextField label={t('backup.passphrase')} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <TextField label={t('backup.keep')} type="number" min={1} max={365} value={prefs?.backupKeep ?? 10}
            onChange={(e) => update({ backupKeep: Math.max(1, Math.min(365, Number(e.target.value) || 1)) })} />
        </div>
        <label className="sync__check">
          <input type="checkbox" checked={prefs?.backupDaily ?? false} onChange={(e) => update({ backupDaily: e.target.checked, backupDir: dir.trim() })} /> {t('backup.daily')}
        </label>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('backup.working') : t('backup.now')}</button>
          <span className="form__status" role="status" aria-live="polite">
            {status && <span className="sync__ok">{status}</span>}
            {error && <span className="text-error">{error}</span>}
          </span>
        </div>
      </form>
      <h3 className="sync__subheading">
        {t('backup.list')}{' '}
        <button type="button" className="button button--quiet small" onClick={() => void refresh()}>{t('backup.refresh')}</button>
      </h3>
      {list.length === 0 ? (
        <p className="muted">{t('backup.none')}</p>
      ) : (
        <ul className="sync__backups">
          {list.map((b) => (
            <li key={b.path}>
              <span>{formatWhen(b.modifiedAt, lang)}</span>
              <span className="muted small">{b.name} · {(b.size / 1024).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 0 })} kB</span>
              <button type="button" className="button button--quiet" onClick={() => setPreviewing(b)}>{t('backup.preview')}</button>
            </li>
          ))}
        </ul>
      )}
      {previewing && (
        <BackupPreviewPanel key={`${previewing.path}|${passphrase}`} entry={previewing} passphrase={passphrase} dir={dir.trim()} keep={prefs?.backupKeep ?? 10}
          onClose={() => setPreviewing(null)} onRestored={() => void refresh()} />
      )}
    </section>
  );
}
