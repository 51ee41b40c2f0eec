import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { SelectField } from '../../ui/Field';
import { messages } from './messages';
import { DEFAULT_PREFS, loadPrefs, savePrefs, type SyncPrefs } from './prefs';
import { featMessages } from './featMessages';

/** When to sync without being asked: on a timer and when Kansli starts. */
export function AutoSyncFields() {
  const t = useMessages(messages);
  const tf = useMessages(featMessages);
  const { repos } = useApp();
  const [prefs, setPrefs] = useState<SyncPrefs>(DEFAULT_PREFS);
  useEffect(() => {
    void loadPrefs(repos.db).then(setPrefs);
  }, [repos]);
  const update = (patch: Partial<SyncPrefs>) => {
    // Shown at once (a checkbox that lags its click reads as broken), then stored.
    setPrefs((p) => ({ ...p, ...patch }));
    void savePrefs(repos.db, patch).then(setPrefs);
  };
  return (
    <div className="sync__auto">
      <SelectField
        label={t('status.auto')}
        value={String(prefs.intervalMinutes)}
        onChange={(v) => update({ intervalMinutes: Number(v) as SyncPrefs['intervalMinutes'] })}
        options={[
          { value: '0', label: t('auto.off') },
          { value: '5', label: t('auto.5') },
          { value: '15', label: t('auto.15') },
          { value: '60', label: t('auto.60') },
        ]}
      />
      <div>
        <label className="sync__check">
          <input type="checkbox" checked={prefs.onStart} onChange={(e) => update({ onStart: e.target.checked })} /> {t('auto.onStart')}
        </label>
        <label className="sync__check">
          <input type="checkbox" checked={prefs.onQuit} onChange={(e) => update({ onQuit: e.target.checked })} />
          <span>{tf('quit.label')}<br /><span className="muted small">{tf('quit.hint')}</span></span>
        </label>
      </div>
    </div>
  );
}
