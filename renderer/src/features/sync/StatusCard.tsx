import { useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { TextField } from '../../ui/Field';
import { useLive } from '../../db/useLive';
import { lastRun } from '../../db/sync/tables';
import { messages } from './messages';
import { keySession, runSync, setPassphrase, useSyncStatus } from './session';
import { describeError } from './errors';
import { formatWhen } from './format';
import { RunSummary } from './RunSummary';
import { AutoSyncFields } from './AutoSyncFields';
import { ChangePassphrase } from './ChangePassphrase';

/** The chosen file: sync now, the passphrase for this session, what the last sync did, stop. */
export function StatusCard({ path }: { path: string }) {
  const t = useMessages(messages);
  const lang = useLang();
  const { repos, updateSettings } = useApp();
  const { busy, step, passphraseSet } = useSyncStatus();
  const { value: run } = useLive(() => lastRun(repos.db), [repos]);
  const [passphrase, setPass] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState('');
  const [confirmStop, setConfirmStop] = useState(false);

  async function sync(e?: FormEvent) {
    e?.preventDefault();
    setError('');
    setResult('');
    if (passphrase) setPassphrase(passphrase);
    try {
      const r = await runSync(repos, path, 'sync');
      setPass('');
      const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
      const inN = total(r.in);
      const outN = total(r.out);
      let text = inN + outN === 0 ? t('result.nothing') : t('result.ok', { in: inN, out: outN });
      if (r.conflicts > 0) text += ` ${r.conflicts === 1 ? t('result.conflict1') : t('result.conflicts', { n: r.conflicts })}`;
      setResult(text);
    } catch (err) {
      setError(describeError(err, t));
    }
  }

  async function stop() {
    setPassphrase(undefined);
    // An empty path, not undefined: the settings patch travels as JSON, which drops undefined.
    await updateSettings({ syncFilePath: '' });
  }

  return (
    <>
      <form className="card form" onSubmit={sync} aria-labelledby="sync-status-heading">
        <h2 id="sync-status-heading">{t('status.heading')}</h2>
        <dl className="facts">
          <dt>{t('status.file')}</dt>
          <dd><code className="sync__path">{path}</code></dd>
          <dt>{t('status.last')}</dt>
          <dd>{run ? formatWhen(run.finishedAt, lang) : t('status.never')}</dd>
          {passphraseSet && (
            <>
              <dt>{t('status.passphrase')}</dt>
              <dd>
                {t('status.unlocked')}{' '}
                <button type="button" className="button button--quiet" onClick={() => setPassphrase(undefined)}>{t('status.forget')}</button>
              </dd>
            </>
          )}
        </dl>
        {!passphraseSet && (
          <TextField label={t('status.passphrase')} hint={t('status.passphrase.hint')} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPass(e.target.value)} />
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('status.syncing') : t('status.syncNow')}
          </button>
          <span className="form__status" role="status" aria-live="polite">
            {busy && step && t(`step.${step}`)}
            {!busy && result && <span className="sync__ok">{result}</span>}
            {error && <span className="text-error">{error}</span>}
          </span>
        </div>
        <AutoSyncFields />
        <div className="sync__leave">
          {keySession.key && <ChangePassphrase path={path} />}
          {confirmStop ? (
            <div className="sync__confirm" role="alertdialog" aria-label={t('status.stop')} onKeyDown={(e) => e.key === 'Escape' && setConfirmStop(false)}>
              <p>{t('status.stop.confirm', { file: path })}</p>
              <button type="button" className="button" autoFocus onClick={() => void stop()}>{t('status.stop')}</button>{' '}
              <button type="button" className="button button--quiet" onClick={() => setConfirmStop(false)}>{t('conflicts.cancel')}</button>
            </div>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setConfirmStop(true)}>{t('status.stop')}</button>
          )}
        </div>
      </form>
      {run && <RunSummary run={run} />}
    </>
  );
}
