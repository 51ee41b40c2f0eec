// "Om föreningen" and "För mer information, kontakta": prefilled from the association's profile
// when the release was created, editable here for this release only, and re-fetchable.
import { useId } from 'react';
import { useApp } from '../../ui/appContext';
import { boilerplateFromProfile, contactsFromProfile } from '../../domain/press/model';
import type { PressReleaseData, ReleaseContact } from '../../domain/press/types';
import { usePressT } from './usePress';

type Props = { draft: PressReleaseData; update(fn: (d: PressReleaseData) => PressReleaseData): void };
const FIELDS: (keyof ReleaseContact)[] = ['name', 'role', 'phone', 'email'];
const INPUT_TYPE: Record<keyof ReleaseContact, string> = { name: 'text', role: 'text', phone: 'tel', email: 'email' };

export function ClosingFields({ draft, update }: Props) {
  const t = usePressT();
  const { repos } = useApp();
  const id = useId();
  const setContacts = (fn: (c: ReleaseContact[]) => ReleaseContact[]) => update((d) => ({ ...d, contacts: fn(d.contacts) }));

  async function aboutFromProfile() {
    const p = await repos.profile.load();
    update((d) => ({ ...d, ...boilerplateFromProfile(p) }));
  }
  async function contactsFromProfileNow() {
    const p = await repos.profile.load();
    update((d) => ({ ...d, contacts: contactsFromProfile(p) }));
  }

  return (
    <>
      <fieldset className="press-closing">
        <legend>{t('about')}</legend>
        <div className="field">
          <label htmlFor={`${id}-ah`}>{t('aboutHeading')}</label>
          <input id={`${id}-ah`} value={draft.aboutHeading} onChange={(e) => update((d) => ({ ...d, aboutHeading: e.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-at`}>{t('aboutText')}</label>
          <textarea id={`${id}-at`} rows={4} value={draft.aboutText} onChange={(e) => update((d) => ({ ...d, aboutText: e.target.value }))} />
        </div>
        <button type="button" className="button button--quiet" onClick={() => void aboutFromProfile()}>
          {t('fromProfile')}
        </button>
      </fieldset>

      <fieldset className="press-closing">
        <legend>{t('contacts')}</legend>
        {draft.contacts.length === 0 && <p className="muted small">{t('contact.none')}</p>}
        {draft.contacts.map((c, i) => (
          <div className="press-contact" key={i} role="group" aria-label={`${t('contact.name')} ${i + 1}`}>
            {FIELDS.map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`${id}-c${i}-${f}`}>{t(`contact.${f}`)}</label>
                <input
                  id={`${id}-c${i}-${f}`}
                  type={INPUT_TYPE[f]}
                  value={c[f] ?? ''}
                  onChange={(e) => setContacts((all) => all.map((x, j) => (j === i ? { ...x, [f]: e.target.value } : x)))}
                />
              </div>
            ))}
            <button type="button" className="button button--quiet" onClick={() => setContacts((all) => all.filter((_, j) => j !== i))}>
              {t('contact.remove', { n: i + 1 })}
            </button>
          </div>
        ))}
        <div className="press-row">
          <button type="button" className="button" onClick={() => setContacts((all) => [...all, { name: '', role: '', phone: '', email: '' }])}>
            {t('contact.add')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void contactsFromProfileNow()}>
            {t('fromProfile')}
          </button>
        </div>
      </fieldset>
    </>
  );
}
