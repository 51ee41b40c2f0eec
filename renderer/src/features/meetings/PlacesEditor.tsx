// One or more places: a room in one city and another, or an online link (or both).
import { TextField } from '../../ui/Field';
import { useMessages } from '../../i18n';
import type { Place } from '../../domain/meetings/types';
import type { MeetingErrors } from '../../domain/meetings/validate';
import { messages } from './messages';
import { useErrorText } from './errors';

export function PlacesEditor({ value, onChange, errors }: { value: Place[]; onChange(v: Place[]): void; errors: MeetingErrors }) {
  const t = useMessages(messages);
  const err = useErrorText();
  const set = (i: number, patch: Partial<Place>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset className="meetings-fieldset">
      <legend>{t('form.places')}</legend>
      {value.length === 0 && <p className="muted small">{t('form.noPlaces')}</p>}
      {value.map((p, i) => (
        <div className="meetings-place" key={i}>
          <TextField label={t('form.placeName', { n: i + 1 })} hint={t('form.placeName.hint')} value={p.name} error={err(errors[`places.${i}.name`])} onChange={(e) => set(i, { name: e.target.value })} />
          <TextField label={t('form.placeAddress')} value={p.address ?? ''} onChange={(e) => set(i, { address: e.target.value })} />
          <TextField label={t('form.placeUrl')} type="url" placeholder="https://" value={p.url ?? ''} error={err(errors[`places.${i}.url`])} onChange={(e) => set(i, { url: e.target.value })} />
          <button type="button" className="button button--quiet" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('form.removePlace', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...value, { name: '' }])}>
        {t('form.addPlace')}
      </button>
    </fieldset>
  );
}
