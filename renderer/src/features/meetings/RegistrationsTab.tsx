// Anmälningar: who is coming, to which place, lunch and dietary notes; attendance on the day;
// and for a members' meeting the voting register (röstlängd) that attendance gives.
import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { placeLine } from '../../domain/meetings/content';
import { isMemberMeeting } from '../../domain/meetings/notice';
import type { MeetingRecord } from '../../db/meetings/tables';
import type { Registration } from '../../domain/meetings/types';
import { useMembers, useStore } from './data';
import { messages } from './messages';
import { VotingRegister } from './VotingRegister';
import { LiveCheckbox } from './LiveCheckbox';
import { BulkRegistrations } from './BulkRegistrations';
import { DoorListButton } from './DoorListButton';

const blank = { name: '', organisation: '', email: '', place: '0', lunch: false, diet: '' };

export function RegistrationsTab({ meeting }: { meeting: MeetingRecord }) {
  const t = useMessages(messages);
  const store = useStore();
  const members = useMembers();
  const listId = useId();
  const { value: regs } = useLive(() => store.registrationsFor(meeting.id), [store, meeting.id]);
  const [form, setForm] = useState(blank);
  const [error, setError] = useState('');
  const places = meeting.places;

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!form.name.trim()) return setError(t('reg.nameRequired'));
    const member = members.find((m) => m.name.toLocaleLowerCase('sv') === form.organisation.trim().toLocaleLowerCase('sv'));
    const reg: Registration = {
      meetingId: meeting.id,
      name: form.name.trim(),
      organisation: form.organisation.trim() || undefined,
      memberId: member?.id,
      email: form.email.trim() || undefined,
      place: places.length > 0 ? Number(form.place) : undefined,
      lunch: form.lunch || undefined,
      diet: form.diet.trim() || undefined,
    };
    try {
      await store.registrations.create(reg);
      setForm({ ...blank, place: form.place });
      setError('');
      document.getElementById(`${listId}-name`)?.focus();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  const list = regs ?? [];
  const perPlace = places.map((p, i) => {
    const here = list.filter((r) => (r.place ?? 0) === i);
    return { name: p.name || placeLine(p), count: here.length, lunch: here.filter((r) => r.lunch).length, diets: here.filter((r) => r.diet).map((r) => r.diet!) };
  });
  const attended = list.filter((r) => r.attended).length;
  const voting = isMemberMeeting(meeting);

  return (
    <>
      <form className="card form" onSubmit={add} noValidate>
        <h2>{t('reg.heading')}</h2>
        <datalist id={listId}>
          {members.map((m) => (
            <option key={m.id} value={m.name} />
          ))}
        </datalist>
        <div className="grid">
          <div className="field">
            <label htmlFor={`${listId}-name`}>{t('reg.name')}</label>
            <input id={`${listId}-name`} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${listId}-org`}>{t('reg.organisation')}</label>
            <input id={`${listId}-org`} list={listId} value={form.organisation} onChange={(e) => setForm({ ...form, organisation: e.target.value })} />
          </div>
          {places.length > 1 && (
            <div className="field">
              <label htmlFor={`${listId}-place`}>{t('reg.place')}</label>
              <select id={`${listId}-place`} value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })}>
                {places.map((p, i) => (
                  <option key={i} value={String(i)}>
                    {p.name || placeLine(p)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${listId}-diet`}>{t('reg.diet')}</label>
            <input id={`${listId}-diet`} value={form.diet} onChange={(e) => setForm({ ...form, diet: e.target.value })} />
          </div>
        </div>
        <div className="form__actions">
          <label className="meetings-check">
            <input type="checkbox" checked={form.lunch} onChange={(e) => setForm({ ...form, lunch: e.target.checked })} />
            {t('reg.lunch')}
          </label>
          <button type="submit" className="button button--primary">
            {t('reg.add')}
          </button>
          {error && (
            <span className="text-error" role="alert">
              {error}
            </span>
          )}
        </div>
      </form>

      <BulkRegistrations meeting={meeting} members={members} />

      <div className="card">
        <div className="meetings-head">
          <h2>{t('reg.list', { n: list.length, present: attended })}</h2>
          <DoorListButton meeting={meeting} registrations={list} members={members} />
        </div>
        {perPlace.length > 0 && (
          <ul className="meetings-counts">
            {perPlace.map((p) => (
              <li key={p.name}>
                <strong>{p.name}</strong>: {t('reg.countLine', { n: p.count, lunch: p.lunch })}
                {p.diets.length > 0 && <span className="muted"> · {p.diets.join(', ')}</span>}
              </li>
            ))}
          </ul>
        )}
        {list.length === 0 ? (
          <p className="muted">{t('reg.none')}</p>
        ) : (
          <table className="meetings-table">
            <thead>
              <tr>
                <th scope="col">{t('reg.attended')}</th>
                <th scope="col">{t('reg.name')}</th>
                <th scope="col">{t('reg.organisation')}</th>
                {places.length > 1 && <th scope="col">{t('reg.place')}</th>}
                <th scope="col">{t('reg.lunchShort')}</th>
                <th scope="col">{t('reg.diet')}</th>
                {voting && <th scope="col">{t('reg.delegate')}</th>}
                <th scope="col">
                  <span className="visually-hidden">{t('people.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <td>
                    <LiveCheckbox label={t('reg.attendedN', { name: r.name })} checked={Boolean(r.attended)} onSave={(v) => store.registrations.update(r.id, { attended: v })} />
                  </td>
                  <td>{r.name}</td>
                  <td>{r.organisation}</td>
                  {places.length > 1 && <td>{places[r.place ?? 0]?.name}</td>}
                  <td>{r.lunch ? t('yes') : ''}</td>
                  <td>{r.diet}</td>
                  {voting && (
                    <td>
                      <LiveCheckbox label={t('reg.delegateN', { name: r.name })} checked={Boolean(r.delegate)} onSave={(v) => store.registrations.update(r.id, { delegate: v || undefined })} />
                    </td>
                  )}
                  <td>
                    <button type="button" className="button button--quiet" aria-label={t('reg.removeN', { name: r.name })} onClick={() => void store.registrations.remove(r.id)}>
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {voting && <VotingRegister meeting={meeting} registrations={list} members={members} />}
    </>
  );
}
