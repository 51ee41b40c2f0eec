import { useT } from '../../i18n';
import type { PressContact, ProfileErrors } from '../../domain/org/profile';
import { TextField } from '../../ui/Field';
import type { MessageKey } from '../../i18n/sv';

const FIELDS: (keyof PressContact)[] = ['name', 'role', 'phone', 'email'];

export function PressContactsEditor({ value, onChange, errors }: { value: PressContact[]; onChange(v: PressContact[]): void; errors: ProfileErrors }) {
  const t = useT();
  const set = (i: number, field: keyof PressContact, text: string) => onChange(value.map((c, j) => (j === i ? { ...c, [field]: text } : c)));
  return (
    <fieldset className="contacts">
      <legend>{t('org.pressContacts')}</legend>
      {value.length === 0 && <p className="muted small">{t('org.pressContacts.none')}</p>}
      {value.map((c, i) => (
        <div className="contacts__row" key={i}>
          {FIELDS.map((f) => {
            const code = errors[`pressContacts.${i}.${f}`];
            return (
              <TextField
                key={f}
                label={t(`contact.${f}` as MessageKey)}
                value={c[f] ?? ''}
                type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
                error={code ? t(`error.${code}` as MessageKey) : undefined}
                onChange={(e) => set(i, f, e.target.value)}
              />
            );
          })}
          <button type="button" className="button button--quiet" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('org.pressContacts.remove', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...value, { name: '' }])}>
        {t('org.pressContacts.add')}
      </button>
    </fieldset>
  );
}
