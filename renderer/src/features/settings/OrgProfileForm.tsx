import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/sv';
import { useApp } from '../../ui/appContext';
import { normaliseProfile, validateProfile, type OrgProfile, type ProfileErrors } from '../../domain/org/profile';
import { TextArea, TextField } from '../../ui/Field';
import { LogoPicker } from './LogoPicker';
import { PressContactsEditor } from './PressContactsEditor';

type TextKey = 'name' | 'organisationNumber' | 'street' | 'postalCode' | 'city' | 'email' | 'website' | 'bankgiro' | 'swishNumber' | 'fiscalYearStart';
const TEXT_FIELDS: { key: TextKey; type?: string; autoComplete?: string; hint?: MessageKey; wide?: boolean }[] = [
  { key: 'name', autoComplete: 'organization', wide: true },
  { key: 'organisationNumber', hint: 'org.organisationNumber.hint' },
  { key: 'email', type: 'email', autoComplete: 'email' },
  { key: 'street', autoComplete: 'street-address', wide: true },
  { key: 'postalCode', autoComplete: 'postal-code' },
  { key: 'city', autoComplete: 'address-level2' },
  { key: 'website', type: 'url', autoComplete: 'url' },
  { key: 'bankgiro', hint: 'org.bankgiro.hint' },
  { key: 'swishNumber', hint: 'org.swishNumber.hint' },
  { key: 'fiscalYearStart', hint: 'org.fiscalYearStart.hint' },
];

const EMPTY: OrgProfile = { name: '', fiscalYearStart: '01-01', color: '#1f4e79', pressContacts: [] };

function stripStamps(record: OrgProfile & Record<string, unknown>): OrgProfile {
  const { id: _i, createdAt: _c, updatedAt: _u, deviceId: _d, clocks: _k, deleted: _x, seen: _s, deletedSeen: _ds, ...rest } = record;
  return rest as OrgProfile;
}

export function OrgProfileForm() {
  const t = useT();
  const { repos } = useApp();
  const [draft, setDraft] = useState<OrgProfile>(EMPTY);
  // The profile as loaded: saving writes only what the user changed since, never stale values.
  const [base, setBase] = useState<OrgProfile>({} as OrgProfile);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [status, setStatus] = useState<'idle' | 'dirty' | 'saving' | 'saved' | 'invalid' | 'failed'>('idle');
  const [failure, setFailure] = useState('');

  useEffect(() => {
    void repos.profile.load().then((p) => {
      if (!p) return;
      const loaded = stripStamps(p);
      setBase(loaded);
      setDraft({ ...EMPTY, ...loaded });
    });
  }, [repos]);

  const set = <K extends keyof OrgProfile>(key: K, value: OrgProfile[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setStatus('dirty');
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const clean = normaliseProfile(draft);
    const found = validateProfile(clean);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus('invalid');
      return;
    }
    setStatus('saving');
    try {
      const saved = await repos.profile.save(clean, normaliseProfile(base));
      setBase(stripStamps(saved));
      setStatus('saved');
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      setStatus('failed');
    }
  }

  const err = (key: keyof OrgProfile) => (errors[key] ? t(`error.${errors[key]}` as MessageKey) : undefined);

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="org-heading">
      <h2 id="org-heading">{t('settings.orgHeading')}</h2>
      <p className="muted">{t('settings.orgIntro')}</p>
      <div className="grid">
        {TEXT_FIELDS.map((f) => (
          <div key={f.key} className={f.wide ? 'grid__wide' : undefined}>
            <TextField
              label={t(`org.${f.key}` as MessageKey)}
              hint={f.hint ? t(f.hint) : undefined}
              type={f.type ?? 'text'}
              autoComplete={f.autoComplete}
              required={f.key === 'name'}
              value={draft[f.key] ?? ''}
              error={err(f.key)}
              onChange={(e) => set(f.key, e.target.value)}
            />
          </div>
        ))}
        <div>
          <TextField label={t('org.color')} type="color" value={draft.color ?? '#1f4e79'} error={err('color')} onChange={(e) => set('color', e.target.value)} />
        </div>
      </div>
      <LogoPicker value={draft.logo} onChange={(v) => set('logo', v)} />
      <TextArea label={t('org.about')} hint={t('org.about.hint')} rows={4} value={draft.about ?? ''} error={err('about')} onChange={(e) => set('about', e.target.value)} />
      <PressContactsEditor value={draft.pressContacts ?? []} errors={errors} onChange={(v) => set('pressContacts', v)} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={status === 'saving'}>
          {status === 'saving' ? t('settings.saving') : t('settings.save')}
        </button>
        <span className="form__status" role="status" aria-live="polite">
          {status === 'saved' && t('settings.saved')}
          {status === 'dirty' && t('settings.unsaved')}
          {status === 'invalid' && <span className="text-error">{t('settings.fixErrors')}</span>}
          {status === 'failed' && <span className="text-error">{t('settings.saveFailed', { message: failure })}</span>}
        </span>
      </div>
    </form>
  );
}
