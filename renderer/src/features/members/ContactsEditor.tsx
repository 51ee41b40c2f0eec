// The contact persons of a member organisation: several, each with name, role, e-mail and phone,
// and each can be saved as a vCard for an address book.
import { useMessages } from '../../i18n';
import { TextField } from '../../ui/Field';
import { newContactId, type Contact } from '../../domain/members/model';
import type { MemberErrors } from '../../domain/members/validate';
import { pageMessages } from './pageMessages';

const FIELDS = ['name', 'role', 'email', 'phone'] as const;

export function ContactsEditor({ value, errors, onChange, onVCard }: { value: Contact[]; errors: MemberErrors; onChange(v: Contact[]): void; onVCard?(c: Contact): void }) {
  const t = useMessages(pageMessages);
  const set = (i: number, field: (typeof FIELDS)[number], text: string) => onChange(value.map((c, j) => (j === i ? { ...c, [field]: text } : c)));
  return (
    <fieldset className="contacts members-contacts">
      <legend>{t('section.contacts')}</legend>
      {value.length === 0 && <p className="muted small">{t('contact.none')}</p>}
      {value.map((c, i) => (
        <div className="contacts__row members-contacts__row" key={c.id}>
          {FIELDS.map((f) => (
            <TextField
              key={f}
              label={t(`contact.${f}`)}
              value={c[f] ?? ''}
              type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              error={errors[`contacts.${i}.${f}`]}
              onChange={(e) => set(i, f, e.target.value)}
            />
          ))}
          <div className="members-contacts__actions">
            {onVCard && c.name.trim() && (
              <button type="button" className="button button--quiet" aria-label={t('contact.vcardFor', { name: c.name })} onClick={() => onVCard(c)}>
                {t('contact.vcard')}
              </button>
            )}
            <button type="button" className="button button--quiet" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              {t('contact.remove', { n: i + 1 })}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...value, { id: newContactId(), name: '' }])}>
        {t('contact.add')}
      </button>
    </fieldset>
  );
}
