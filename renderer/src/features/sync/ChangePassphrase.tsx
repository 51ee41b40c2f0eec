import { useState } from 'react';
import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { TextField } from '../../ui/Field';
import { messages } from './messages';
import { runSync, useSyncStatus } from './session';
import { describeError } from './errors';

/** Removing a device's access: the file's data key is re-wrapped under a new passphrase. */
export function ChangePassphrase({ path }: { path: string }) {
  const t = useMessages(messages);
  const { repos } = useApp();
  const { busy } = useSyncStatus();
  const [open, setOpen] = useState(false);
  const [next, setNext] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function change() {
    setError('');
    try {
      await runSync(repos, path, 'sync', next);
      setNext('');
      setOpen(false);
      setStatus(t('status.changePassphrase.done'));
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  if (!open) {
    return (
      <span>
        <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>{t('status.changePassphrase')}</button>
        {status && <span className="sync__ok small" role="status">{status}</span>}
      </span>
    );
  }
  return (
    <div className="sync__confirm" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <TextField label={t('status.newPassphrase')} hint={t('status.newPassphrase.hint')} type="password" autoComplete="new-password" value={next} autoFocus
        onChange={(e) => setNext(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void change(); } }} />
      <button type="button" className="button" disabled={busy || next.length < 8} onClick={() => void change()}>{t('status.changePassphrase')}</button>{' '}
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>{t('conflicts.cancel')}</button>
      {error && <p className="text-error" role="alert">{error}</p>}
    </div>
  );
}
