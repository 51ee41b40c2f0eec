// The minutes' people: chair, secretary, adjusters and attendance (present, absent, co-opted).
// Names are typed freely; the member register and the invitation only suggest.
import { useId } from 'react';
import { useMessages } from '../../i18n';
import type { MinutesRecord, RegistrationRecord } from '../../db/meetings/tables';
import type { Attendee, Presence } from '../../domain/meetings/types';
import { finaliseProblems } from '../../domain/meetings/validate';
import { useAutosave } from './autosave';
import { useStore, type MemberRef } from './data';
import { messages } from './messages';
import { SaveStatus } from './SaveStatus';

type Draft = { chair: string; secretary: string; adjusters: string[]; attendees: Attendee[] };

const newAttendee = (name = '', presence: Presence = 'present'): Attendee => ({ id: crypto.randomUUID(), name, presence });

export function PeopleEditor({ minutes, invited, registrations, members, adjusterSlots = 1 }: { minutes: MinutesRecord; invited: string[]; registrations: RegistrationRecord[]; members: MemberRef[]; adjusterSlots?: number }) {
  const t = useMessages(messages);
  const store = useStore();
  const listId = useId();
  const stored: Draft = { chair: minutes.chair ?? '', secretary: minutes.secretary ?? '', adjusters: minutes.adjusters?.length ? minutes.adjusters : Array<string>(adjusterSlots).fill(''), attendees: minutes.attendees ?? [] };
  const draft = useAutosave(`people:${minutes.id}`, stored, (v) =>
    store.updateMinutes(minutes.id, { chair: v.chair.trim() || undefined, secretary: v.secretary.trim() || undefined, adjusters: v.adjusters, attendees: v.attendees }).then(() => undefined),
  );
  const v = draft.value;
  const set = (patch: Partial<Draft>) => draft.change({ ...v, ...patch });
  const setAttendee = (i: number, patch: Partial<Attendee>) => set({ attendees: v.attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)) });

  // Only the problems about people, shown as soon as they arise (the rest wait for finalising).
  const problems = finaliseProblems(v, 1).filter((p) => p === 'adjusterIsSecretary' || p === 'adjusterIsChair' || p === 'adjusterTwice');
  const known = new Set(v.attendees.map((a) => a.name.trim().toLocaleLowerCase('sv')));
  const addMissing = (names: string[], presence: Presence = 'present') => {
    const fresh = names.map((n) => n.trim()).filter((n) => n && !known.has(n.toLocaleLowerCase('sv')));
    if (fresh.length) set({ attendees: [...v.attendees.filter((a) => a.name.trim()), ...fresh.map((n) => newAttendee(n, presence))] });
  };
  const suggestions = [...new Set([...v.attendees.map((a) => a.name), ...invited, ...members.map((m) => m.contactName ?? ''), ...registrations.map((r) => r.name)].filter(Boolean))];
  const present = v.attendees.filter((a) => a.presence !== 'absent' && a.name.trim()).length;

  return (
    <div className="card form">
      <div className="meetings-head">
        <h2>{t('people.heading')}</h2>
        <SaveStatus state={draft.state} error={draft.error} />
      </div>
      <datalist id={listId}>
        {suggestions.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <div className="grid">
        <div className="field">
          <label htmlFor={`${listId}-chair`}>{t('people.chair')}</label>
          <input id={`${listId}-chair`} list={listId} value={v.chair} onChange={(e) => set({ chair: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${listId}-secretary`}>{t('people.secretary')}</label>
          <input id={`${listId}-secretary`} list={listId} value={v.secretary} onChange={(e) => set({ secretary: e.target.value })} />
        </div>
        {v.adjusters.map((a, i) => (
          <div className="field" key={i}>
            <label htmlFor={`${listId}-adjuster-${i}`}>{t('people.adjuster', { n: i + 1 })}</label>
            <input id={`${listId}-adjuster-${i}`} list={listId} value={a} onChange={(e) => set({ adjusters: v.adjusters.map((x, j) => (j === i ? e.target.value : x)) })} />
          </div>
        ))}
      </div>
      <div className="meetings-inline">
        <button type="button" className="button" onClick={() => set({ adjusters: [...v.adjusters, ''] })}>
          {t('people.addAdjuster')}
        </button>
        {v.adjusters.length > 1 && (
          <button type="button" className="button button--quiet" onClick={() => set({ adjusters: v.adjusters.slice(0, -1) })}>
            {t('people.removeAdjuster')}
          </button>
        )}
      </div>
      {problems.map((p) => (
        <p key={p} className="text-error" role="alert">
          {t(`finalise.${p}`)}
        </p>
      ))}

      <h3 className="meetings-subhead">
        {t('people.attendance')} <span className="muted small">{t('people.presentCount', { n: present })}</span>
      </h3>
      <table className="meetings-table">
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.role')}</th>
            <th scope="col">{t('people.presence')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('people.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {v.attendees.map((a, i) => (
            <tr key={a.id}>
              <td>
                <input aria-label={t('people.nameN', { n: i + 1 })} list={listId} value={a.name} onChange={(e) => setAttendee(i, { name: e.target.value })} />
              </td>
              <td>
                <input aria-label={t('people.roleN', { n: i + 1 })} value={a.role ?? ''} onChange={(e) => setAttendee(i, { role: e.target.value || undefined })} />
              </td>
              <td>
                <select aria-label={t('people.presenceN', { n: i + 1 })} value={a.presence} onChange={(e) => setAttendee(i, { presence: e.target.value as Presence })}>
                  {(['present', 'absent', 'coopted'] as const).map((p) => (
                    <option key={p} value={p}>
                      {t(`presence.${p}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="button button--quiet" aria-label={t('people.removeN', { n: i + 1, name: a.name })} onClick={() => set({ attendees: v.attendees.filter((_, j) => j !== i) })}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="meetings-inline">
        <button type="button" className="button" onClick={() => set({ attendees: [...v.attendees, newAttendee()] })}>
          {t('people.add')}
        </button>
        {invited.length > 0 && (
          <button type="button" className="button button--quiet" onClick={() => addMissing(invited)}>
            {t('people.fromInvited')}
          </button>
        )}
        {registrations.some((r) => r.attended) && (
          <button type="button" className="button button--quiet" onClick={() => addMissing(registrations.filter((r) => r.attended).map((r) => r.name))}>
            {t('people.fromRegistrations')}
          </button>
        )}
      </div>
    </div>
  );
}
