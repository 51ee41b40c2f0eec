// A meeting's facts: kind, title, date and times, places, who is invited, the last day to
// register and the § numbering. Used to create a meeting (with its agenda template) and to edit.
import { useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { navigate } from '../../ui/routes';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../domain/meetings/types';
import { validateMeeting, normaliseTime, type MeetingErrors } from '../../domain/meetings/validate';
import { defaultTemplate, templateItems, templates, type TemplateId } from '../../domain/meetings/templates';
import { formatDate, kindName, localIsoDate } from '../../domain/meetings/format';
import { PlacesEditor } from './PlacesEditor';
import { useErrorText } from './errors';
import { useOwnTemplates, useStore } from './data';
import type { AgendaTemplateRecord } from '../../db/meetings/agendaTemplates';
import { messages } from './messages';

export function emptyMeeting(kind: MeetingKind = 'board'): Meeting {
  return { kind, title: '', date: localIsoDate(), startTime: '18:00', endTime: '20:00', places: [{ name: '' }], invitees: kind === 'board' || kind === 'constituent' ? 'board' : 'members', numbering: kind === 'board' ? 'year' : 'meeting', invitedNames: [] };
}

/** Empty strings become absent and times are normalised, so the record holds only what was said. */
export function cleanMeeting(m: Meeting, lang: 'sv' | 'en'): Meeting {
  const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  return {
    ...m,
    title: m.title.trim() || `${kindName(m.kind, lang, m.kindLabel)} ${formatDate(m.date, lang)}`,
    kindLabel: m.kind === 'other' ? opt(m.kindLabel) : undefined,
    startTime: m.startTime?.trim() ? (normaliseTime(m.startTime) ?? m.startTime) : undefined,
    endTime: m.endTime?.trim() ? (normaliseTime(m.endTime) ?? m.endTime) : undefined,
    places: m.places.map((p) => ({ name: p.name.trim(), address: opt(p.address), url: opt(p.url) })).filter((p) => p.name || p.url),
    invitedNames: (m.invitedNames ?? []).map((n) => n.trim()).filter(Boolean),
    registrationDeadline: opt(m.registrationDeadline),
    noticeText: opt(m.noticeText),
    noticeSignature: opt(m.noticeSignature),
  };
}

/** The agenda of the chosen template: a built-in id, or "own:<id>" for one of the association's own. */
function chosenItems(template: string, own: AgendaTemplateRecord[], lang: 'sv' | 'en'): string[] {
  if (template.startsWith('own:')) return own.find((o) => o.id === template.slice(4))?.items ?? [];
  return templateItems(template as TemplateId, lang);
}

export function MeetingForm({ initial, submitLabel, onSubmit, withTemplate }: { initial: Meeting; submitLabel: string; onSubmit(m: Meeting, agenda: string[]): Promise<void>; withTemplate?: boolean }) {
  const t = useMessages(messages);
  const lang = useLang();
  const err = useErrorText();
  const [draft, setDraft] = useState<Meeting>(initial);
  const [template, setTemplate] = useState<string>(defaultTemplate(initial.kind));
  const own = useOwnTemplates() ?? [];
  const agenda = chosenItems(template, own, lang);
  const [errors, setErrors] = useState<MeetingErrors>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'invalid' | 'failed' | 'saved'>('idle');
  const [failure, setFailure] = useState('');
  const set = (patch: Partial<Meeting>) => setDraft((d) => ({ ...d, ...patch }));

  function setKind(kind: MeetingKind) {
    set({ kind, numbering: kind === 'board' ? 'year' : 'meeting', invitees: kind === 'board' || kind === 'constituent' ? 'board' : 'members' });
    setTemplate(defaultTemplate(kind));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const clean = cleanMeeting(draft, lang);
    const found = validateMeeting(clean);
    setErrors(found);
    if (Object.keys(found).length > 0) return setStatus('invalid');
    setStatus('saving');
    try {
      await onSubmit(clean, agenda);
      setStatus('saved');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setStatus('failed');
    }
  }

  const names = (draft.invitedNames ?? []).join('\n');
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <div className="grid">
        <SelectField label={t('form.kind')} value={draft.kind} onChange={(v) => setKind(v as MeetingKind)} options={MEETING_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        {draft.kind === 'other' && <TextField label={t('form.kindLabel')} value={draft.kindLabel ?? ''} error={err(errors.kindLabel)} onChange={(e) => set({ kindLabel: e.target.value })} />}
        <div className="grid__wide">
          <TextField label={t('form.title')} placeholder={`${kindName(draft.kind, lang, draft.kindLabel)} ${draft.date ? formatDate(draft.date, lang) : ''}`} hint={t('form.title.hint')} value={draft.title} error={err(errors.title)} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <TextField label={t('form.date')} type="date" required value={draft.date} error={err(errors.date)} onChange={(e) => set({ date: e.target.value })} />
        <TextField label={t('form.start')} inputMode="numeric" placeholder="18:00" value={draft.startTime ?? ''} error={err(errors.startTime)} onChange={(e) => set({ startTime: e.target.value })} />
        <TextField label={t('form.end')} inputMode="numeric" placeholder="20:00" value={draft.endTime ?? ''} error={err(errors.endTime)} onChange={(e) => set({ endTime: e.target.value })} />
        <TextField label={t('form.deadline')} type="date" hint={t('form.deadline.hint')} value={draft.registrationDeadline ?? ''} error={err(errors.registrationDeadline)} onChange={(e) => set({ registrationDeadline: e.target.value })} />
      </div>
      <PlacesEditor value={draft.places} onChange={(places) => set({ places })} errors={errors} />
      <div className="grid">
        <SelectField label={t('form.invitees')} value={draft.invitees} onChange={(v) => set({ invitees: v as Meeting['invitees'] })} options={(['board', 'members', 'chosen'] as const).map((v) => ({ value: v, label: t(`invitees.${v}`) }))} />
        <SelectField label={t('form.numbering')} hint={t('form.numbering.hint')} value={draft.numbering} onChange={(v) => set({ numbering: v as Meeting['numbering'] })} options={(['year', 'meeting'] as const).map((v) => ({ value: v, label: t(`numbering.${v}`) }))} />
        {withTemplate && <SelectField label={t('form.template')} hint={t('form.template.hint')} value={template} onChange={(v) => setTemplate(v as TemplateId)} options={[...templates(lang).map((tp) => ({ value: tp.id, label: tp.name })), ...own.map((o) => ({ value: `own:${o.id}`, label: t('form.ownTemplate', { name: o.name }) }))]} />}
        {draft.invitees !== 'members' && (
          <div className="grid__wide">
            <TextArea label={draft.invitees === 'board' ? t('form.boardNames') : t('form.chosenNames')} hint={t('form.names.hint')} rows={4} value={names} onChange={(e) => set({ invitedNames: e.target.value.split('\n') })} />
          </div>
        )}
      </div>
      {withTemplate && agenda.length > 0 && (
        <details className="meetings-preview">
          <summary>{t('form.templatePreview', { n: agenda.length })}</summary>
          <ol>
            {agenda.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ol>
        </details>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={status === 'saving'}>
          {submitLabel}
        </button>
        <span className="form__status" role="status" aria-live="polite">
          {status === 'invalid' && <span className="text-error">{t('form.fixErrors')}</span>}
          {status === 'failed' && <span className="text-error">{failure}</span>}
          {status === 'saved' && t('form.saved')}
        </span>
      </div>
    </form>
  );
}

export function NewMeeting() {
  const t = useMessages(messages);
  const store = useStore();
  return (
    <section aria-labelledby="page-title">
      <p>
        <a href="#/moten">{t('back.list')}</a>
      </p>
      <h1 id="page-title">{t('new.title')}</h1>
      <MeetingForm
        initial={emptyMeeting()}
        withTemplate
        submitLabel={t('new.create')}
        onSubmit={async (m, agenda) => {
          const created = await store.createMeeting(m, agenda);
          navigate('meetings', created.id);
        }}
      />
    </section>
  );
}
