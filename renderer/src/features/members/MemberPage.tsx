// One member: every field editable, saved with Enter or the button, kept as a draft while typing;
// beside it the history of changes and the GDPR actions. `id === undefined` is a new member.
import { useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { hrefFor, navigate } from '../../ui/routes';
import { emptyMember, type Contact } from '../../domain/members/model';
import { normaliseMember, validateMember, type MemberErrors, type MemberInput } from '../../domain/members/validate';
import { readTags } from '../../domain/members/csv-values';
import type { StoredMember } from '../../db/members/memberRepository';
import { today, useCategories, useMemberRepos } from './data';
import { MemberForm, type FormState } from './MemberForm';
import { HistoryList } from './HistoryList';
import { GdprPanel } from './GdprPanel';
import { MemberFees } from './MemberFees';
import { StatusBadge } from './StatusBadge';
import { clearDraft, readDraft, writeDraft } from './draftJournal';
import { exportVCard } from './exports';
import { messages } from './messages';
import { pageMessages } from './pageMessages';
import { RecordConflictBadge } from '../sync/RecordConflictBadge';

type Status = 'idle' | 'dirty' | 'saving' | 'saved' | 'invalid' | 'failed';

// A message to show on the member's page after navigating there from "new member".
let flash: string | undefined;

function toForm(m: StoredMember | MemberInput): FormState {
  const { id: _i, createdAt: _c, updatedAt: _u, deviceId: _d, clocks: _k, deleted: _x, memberNumber: _n, ...rest } = m as StoredMember;
  return { member: { ...emptyMember(m.kind), ...rest }, tagsText: m.tags.join(', ') };
}

/** A new member is active from today unless the user says otherwise. */
const blankForm = (): FormState => toForm({ ...emptyMember(), joinedDate: today() });

export function MemberPage({ id }: { id?: string }) {
  const t = useMessages(pageMessages);
  const tl = useMessages(messages);
  const { members } = useMemberRepos();
  const categories = useCategories();
  const { value: record, loading } = useLive(async () => (id ? ((await members.get(id)) ?? null) : null), [members, id]);
  const draftKey = id ?? 'new';
  const [form, setForm] = useState<FormState>(() => readDraft<FormState>(draftKey) ?? blankForm());
  const [restored, setRestored] = useState(() => readDraft(draftKey) !== undefined);
  const [errors, setErrors] = useState<MemberErrors>({});
  const [status, setStatus] = useState<Status>(restored ? 'dirty' : 'idle');
  const [failure, setFailure] = useState('');
  const [note, setNote] = useState<string | undefined>(() => {
    const f = flash;
    flash = undefined;
    return f;
  });
  const [syncedAt, setSyncedAt] = useState<string>();

  // Take the stored member into the form when it loads, and again when it changes underneath
  // (another tab, a sync) as long as the user has no unsaved edits. Done while rendering, as
  // React advises for state that follows a prop.
  if (record && record.updatedAt !== syncedAt) {
    setSyncedAt(record.updatedAt);
    const keepDraft = syncedAt === undefined ? restored : status === 'dirty' || status === 'invalid';
    if (!keepDraft) setForm(toForm(record));
  }

  const change = (next: FormState) => {
    setForm(next);
    writeDraft(draftKey, next);
    setStatus('dirty');
    setNote(undefined);
  };

  function discard() {
    clearDraft(draftKey);
    setRestored(false);
    setErrors({});
    setStatus('idle');
    setForm(record ? toForm(record) : blankForm());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const clean = normaliseMember({ ...form.member, tags: readTags(form.tagsText) });
    const found = validateMember(clean);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus('invalid');
      // Move to the first problem, so a keyboard user lands where the fix is needed.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.members-page [aria-invalid="true"]')?.focus());
      return;
    }
    setStatus('saving');
    try {
      if (id) {
        const saved = await members.save(id, clean);
        setSyncedAt(saved.updatedAt);
        setForm(toForm(saved));
        clearDraft(draftKey);
        setRestored(false);
        setStatus('saved');
      } else {
        const created = await members.add(clean);
        clearDraft(draftKey);
        flash = t('created', { n: created.memberNumber });
        navigate('members', created.id);
      }
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      setStatus('failed');
    }
  }

  if (id && loading) return <p className="muted">{tl('loading')}</p>;
  if (id && !record) {
    return (
      <section aria-labelledby="page-title">
        <a href={hrefFor('members')} className="members-back">{tl('back')}</a>
        <h1 id="page-title">{tl('title')}</h1>
        <p>{tl('notFound')}</p>
      </section>
    );
  }

  const title = record ? record.name : form.member.name.trim() || t('newTitle');
  const anonymised = Boolean(record?.anonymisedAt);
  const onVCard = record ? (c: Contact) => setNote(t('vcard.saved', { file: exportVCard(record, c) })) : undefined;

  return (
    <section aria-labelledby="page-title" className="members-page">
      <a href={hrefFor('members')} className="members-back">{tl('back')}</a>
      <header className="members-page__head">
        <h1 id="page-title">{record ? title : t('newTitle')}</h1>
        <p className="muted">
          {record ? t('numberLabel', { n: record.memberNumber }) : t('numberNext')}
          {record && <> · <StatusBadge status={record.status} anonymised={Boolean(record.anonymisedAt)} /></>}
        </p>
      </header>
      {record && <RecordConflictBadge table="members" recordId={record.id} />}
      {note && <p className="card card--callout" role="status">{note}</p>}
      {restored && (
        <p className="card card--callout members-restored" role="status">
          {t('restored')}{' '}
          <button type="button" className="button button--quiet" onClick={discard}>{t('discard')}</button>
        </p>
      )}
      <div className="members-page__layout">
        <form className="card form members-form" onSubmit={submit} noValidate aria-label={title}>
          {anonymised && <p className="card card--callout" role="note">{t('anonymisedLocked')}</p>}
          {/* An erasure is final (GDPR art. 17): the form shows what is left, and nothing can be typed back. */}
          <fieldset className="members-form__fields" disabled={anonymised}>
            {categories && <MemberForm value={form} errors={errors} categories={categories} onChange={change} onVCard={onVCard} />}
          </fieldset>
          {!anonymised && (
          <div className="form__actions members-form__actions">
            <button type="submit" className="button button--primary" disabled={status === 'saving'}>
              {status === 'saving' ? t('saving') : t('save')}
            </button>
            {status === 'dirty' && !restored && <button type="button" className="button button--quiet" onClick={discard}>{t('discard')}</button>}
            <span className="form__status" role="status" aria-live="polite">
              {status === 'saved' && t('saved')}
              {status === 'dirty' && t('unsaved')}
              {status === 'invalid' && <span className="text-error">{t('fixErrors')}</span>}
              {status === 'failed' && <span className="text-error">{t('saveFailed', { message: failure })}</span>}
            </span>
          </div>
          )}
        </form>
        {record && categories && (
          <aside className="members-page__side">
            <MemberFees memberId={record.id} />
            <GdprPanel member={record} categories={categories} />
            <HistoryList id={record.id} />
          </aside>
        )}
      </div>
    </section>
  );
}

