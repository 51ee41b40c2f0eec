import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { SelectField, TextField } from '../../ui/Field';
import type { LocalSettings } from '../../../../electron/api';

export function LocalSettingsForm() {
  const t = useT();
  const { settings, updateSettings, info } = useApp();
  const [userName, setUserName] = useState(settings.userName);
  const [boardRole, setBoardRole] = useState(settings.boardRole);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [message, setMessage] = useState('');

  async function run(patch: Parameters<typeof updateSettings>[0]) {
    try {
      await updateSettings(patch);
      setStatus('saved');
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
      setStatus('failed');
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run({ userName: userName.trim(), boardRole: boardRole.trim() });
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="local-heading">
      <h2 id="local-heading">{t('settings.localHeading')}</h2>
      <p className="muted">{t('settings.localIntro')}</p>
      <div className="grid">
        <TextField label={t('local.userName')} autoComplete="name" value={userName} onChange={(e) => setUserName(e.target.value)} />
        <TextField label={t('local.boardRole')} hint={t('local.boardRole.hint')} value={boardRole} onChange={(e) => setBoardRole(e.target.value)} />
        <SelectField
          label={t('local.language')}
          value={settings.language}
          onChange={(v) => void run({ language: v as LocalSettings['language'] })}
          options={[
            { value: 'sv', label: 'Svenska' },
            { value: 'en', label: 'English' },
          ]}
        />
        <SelectField
          label={t('local.theme')}
          value={settings.theme}
          onChange={(v) => void run({ theme: v as LocalSettings['theme'] })}
          options={(['system', 'light', 'dark'] as const).map((v) => ({ value: v, label: t(`local.theme.${v}`) }))}
        />
      </div>
      <dl className="facts">
        <dt>{t('local.deviceId')}</dt>
        <dd>
          <code>{settings.deviceId}</code>
          <span className="muted small"> – {t('local.deviceId.hint')}</span>
        </dd>
        <dt>{t('local.shell')}</dt>
        <dd>{t(info.shell === 'electron' ? 'local.shell.electron' : 'local.shell.browser')}</dd>
      </dl>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('settings.save')}
        </button>
        <span className="form__status" role="status" aria-live="polite">
          {status === 'saved' && t('settings.saved')}
          {status === 'failed' && <span className="text-error">{t('settings.saveFailed', { message })}</span>}
        </span>
      </div>
    </form>
  );
}
