// Every field of a member, in the sections a treasurer thinks in. Organisations have contact
// persons and an invoice address; persons have a personal number instead.
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n';
import { TextArea, TextField } from '../../ui/Field';
import { STATUS_DATE_FIELD, type CategoryRecord, type Contact, type Member } from '../../domain/members/model';
import type { MemberInput, MemberErrors } from '../../domain/members/validate';
import { MEMBER_STATUSES, type MemberStatus } from '../../domain/members/types';
import { ContactsEditor } from './ContactsEditor';
import { messages } from './messages';
import { pageMessages } from './pageMessages';
import { today } from './data';

export type FormState = { member: MemberInput; tagsText: string };

type TextKey = 'name' | 'organisationNumber' | 'personalNumber' | 'email' | 'phone' | 'website' | 'street' | 'postalCode' | 'city' | 'country' | 'invoiceEmail' | 'invoiceStreet' | 'invoicePostalCode' | 'invoiceCity' | 'appliedDate' | 'joinedDate' | 'resignedDate' | 'excludedDate';

type Props = { value: FormState; errors: MemberErrors; categories: CategoryRecord[]; onChange(v: FormState): void; onVCard?(c: Contact): void };

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="members-section">
      <legend>{title}</legend>
      {hint && <p className="muted small members-section__hint">{hint}</p>}
      <div className="grid">{children}</div>
    </fieldset>
  );
}

export function MemberForm({ value, errors, categories, onChange, onVCard }: Props) {
  const t = useMessages(pageMessages);
  const tl = useMessages(messages);
  const m = value.member;
  const set = (patch: Partial<Member>) => onChange({ ...value, member: { ...m, ...patch } });

  const text = (key: TextKey, opts: { label?: string; hint?: string; type?: string; autoComplete?: string; wide?: boolean; required?: boolean } = {}) => (
    <div className={opts.wide ? 'grid__wide' : undefined}>
      <TextField
        label={opts.label ?? t(key)}
        hint={opts.hint}
        type={opts.type ?? 'text'}
        autoComplete={opts.autoComplete ?? 'off'}
        required={opts.required}
        value={m[key] ?? ''}
        error={errors[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </div>
  );

  const changeStatus = (status: MemberStatus) => {
    const dateField = STATUS_DATE_FIELD[status];
    // A status change is dated today unless the user says otherwise.
    set({ status, [dateField]: m[dateField] || today() });
  };
  const isOrg = m.kind === 'organisation';

  return (
    <>
      <Section title={t('section.basics')}>
        <fieldset className="members-kind grid__wide">
          <legend className="field__label">{t('kind')}</legend>
          {(['organisation', 'person'] as const).map((k) => (
            <label key={k} className="members-kind__option">
              <input type="radio" name="member-kind" checked={m.kind === k} onChange={() => set({ kind: k })} /> {tl(`kind.${k}`)}
            </label>
          ))}
        </fieldset>
        {text('name', { label: isOrg ? t('name.organisation') : t('name.person'), wide: true, required: true, autoComplete: isOrg ? 'organization' : 'name' })}
        {isOrg
          ? text('organisationNumber', { hint: t('organisationNumber.hint') })
          : text('personalNumber', { hint: t('personalNumber.hint') })}
        <div className="field">
          <label htmlFor="member-category">{t('category')}</label>
          <select id="member-category" value={m.categoryId ?? ''} onChange={(e) => set({ categoryId: e.target.value || undefined })}>
            <option value="">{t('category.none')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </div>
      </Section>

      <Section title={t('section.contact')}>
        {text('email', { type: 'email' })}
        {text('phone', { type: 'tel' })}
        {isOrg && text('website', { type: 'url' })}
      </Section>

      <Section title={t('section.address')}>
        {text('street', { wide: true })}
        {text('postalCode')}
        {text('city')}
        {text('country', { hint: t('country.hint') })}
      </Section>

      {isOrg && (
        <>
          <Section title={t('section.invoice')} hint={t('section.invoiceHint')}>
            {text('invoiceEmail', { type: 'email' })}
            {text('invoiceStreet', { wide: true })}
            {text('invoicePostalCode')}
            {text('invoiceCity')}
          </Section>
          <ContactsEditor value={m.contacts ?? []} errors={errors} onChange={(contacts) => set({ contacts })} onVCard={onVCard} />
        </>
      )}

      <Section title={t('section.membership')}>
        <div className="field">
          <label htmlFor="member-status">{t('status')}</label>
          <select id="member-status" value={m.status} onChange={(e) => changeStatus(e.target.value as MemberStatus)}>
            {MEMBER_STATUSES.map((s) => (
              <option key={s} value={s}>{tl(`status.${s}`)}</option>
            ))}
          </select>
        </div>
        {text('appliedDate', { hint: t('date.hint') })}
        {text('joinedDate', { hint: t('date.hint') })}
        {(m.status === 'resigned' || m.resignedDate) && text('resignedDate', { hint: t('date.hint') })}
        {(m.status === 'excluded' || m.excludedDate) && text('excludedDate', { hint: t('date.hint') })}
      </Section>

      <Section title={t('section.other')}>
        <div className="grid__wide">
          <TextField label={t('tags')} hint={t('tags.hint')} value={value.tagsText} onChange={(e) => onChange({ ...value, tagsText: e.target.value })} />
        </div>
        <div className="grid__wide members-consents">
          <label>
            <input type="checkbox" checked={m.consentDirectory} onChange={(e) => set({ consentDirectory: e.target.checked })} /> {t('consentDirectory')}
          </label>
          <label>
            <input type="checkbox" checked={m.consentNewsletter} onChange={(e) => set({ consentNewsletter: e.target.checked })} /> {t('consentNewsletter')}
          </label>
        </div>
        <div className="grid__wide">
          <TextArea label={t('notes')} rows={4} value={m.notes ?? ''} onChange={(e) => set({ notes: e.target.value })} />
        </div>
      </Section>
    </>
  );
}
