import { useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { TextField } from '../../ui/Field';
import { messages } from './messages';
import { runSync, setPassphrase, useSyncStatus } from './session';
import { describeError } from './errors';
import type { SyncMode } from '../../db/sync/engine';

/** Choosing the shared file: create a new one, or join the one the board already uses. */
export function SetupCard() {
  const t = useMessages(messages);
  const { repos, updateSettings } = useApp();
  const { busy, step } = useSyncStatus();
  const [path, setPath] = useState('');
  const [passphrase, setPass] = useState('');
  const [error, setError] = useState('');

  async function start(mode: Exclude<SyncMode, 'sync'>) {
    setError('');
    const clean = path.trim();
    try {
      setPassphrase(passphrase);
      await runSync(repos, clean, mode);
      await updateSettings({ syncFilePath: clean });
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void start('join');
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="sync-setup-heading">
      <h2 id="sync-setup-heading">{t('setup.heading')}</h2>
      <div className="grid">
        <div className="grid__wide">
          <TextField label={t('setup.path')} hint={t('setup.path.hint')} value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} autoComplete="off" />
        </div>
        <div className="grid__wide">
          <TextField label={t('setup.passphrase')} hint={t('setup.passphrase.hint')} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPass(e.target.value)} />
        </div>
      </div>
      {!passphrase && <p className="small muted">{t('setup.noPassphraseWarning')}</p>}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !path.trim()}>
          {t('setup.join')}
        </button>
        <button type="button" className="button" disabled={busy || !path.trim()} onClick={() => void start('create')}>
          {t('setup.create')}
        </button>
        <span className="form__status" role="status" aria-live="polite">
          {busy && step && t(`step.${step}`)}
          {error && <span className="text-error">{error}</span>}
        </span>
      </div>
    </form>
  );
}
