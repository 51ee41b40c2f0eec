// The minutes of one meeting: who was there, the paragraphs as they are written, and the way from
// draft to adjusted minutes. Once finalised, what is shown is the frozen content that is signed.
import { useEffect, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { lockReason } from '../../domain/meetings/adjustment';
import { buildContent } from '../../domain/meetings/content';
import { paragraphRange } from '../../domain/meetings/numbering';
import type { MeetingRecord } from '../../db/meetings/tables';
import { flushAllDrafts } from './autosave';
import { useMembers, useProfile, useStore } from './data';
import { downloadMinutes } from './pdf';
import { pdfExtras } from '../../domain/meetings/revisions';
import { messages } from './messages';
import { LockNotice } from './LockNotice';
import { PeopleEditor } from './PeopleEditor';
import { ParagraphEditor } from './ParagraphEditor';
import { MinutesView } from './MinutesView';
import { AdjustPanel } from './AdjustPanel';
import { RevisionHistory } from './RevisionHistory';
import { AttachmentsEditor } from './AttachmentsEditor';
import { RecordConflictBadge } from '../sync/RecordConflictBadge';

export function MinutesTab({ meeting }: { meeting: MeetingRecord }) {
  const t = useMessages(messages);
  const store = useStore();
  const profile = useProfile();
  const members = useMembers();
  const { value: revisions, loading } = useLive(() => store.revisions(meeting.id), [store, meeting.id]);
  const { value: items } = useLive(() => store.items(meeting.id), [store, meeting.id]);
  const { value: registrations } = useLive(() => store.registrationsFor(meeting.id), [store, meeting.id]);
  const { value: first } = useLive(() => store.firstNumber(meeting.id, profile?.fiscalYearStart), [store, meeting.id, profile?.fiscalYearStart]);
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; text?: string }>({ kind: 'idle' });
  const minutes = revisions?.at(-1);

  // The first visit starts the minutes, with the invited as present.
  useEffect(() => {
    if (!loading && revisions && revisions.length === 0) {
      void store.ensureMinutes(meeting.id, { attendees: (meeting.invitedNames ?? []).map((name) => ({ id: crypto.randomUUID(), name, presence: 'present' as const })) });
    }
  }, [loading, revisions, store, meeting.id, meeting.invitedNames]);

  if (!minutes || !items || first === undefined) return <p className="muted">{t('loading')}</p>;
  const reason = lockReason(minutes);
  const content = minutes.content;

  async function exportPdf() {
    setStatus({ kind: 'busy' });
    try {
      const previous = revisions?.find((r) => r.id === minutes!.previousId);
      if (content) await downloadMinutes(profile, content, minutes!.status === 'adjusted' ? 'adjusted' : 'review', minutes!.contentHash, pdfExtras(minutes!, previous));
      else {
        await flushAllDrafts();
        const fresh = (await store.minutes.get(minutes!.id))!;
        await downloadMinutes(profile, buildContent(meeting, await store.items(meeting.id), fresh, first!), 'draft', undefined, pdfExtras(fresh, previous));
      }
      setStatus({ kind: 'done' });
    } catch (e) {
      setStatus({ kind: 'failed', text: e instanceof Error ? e.message : String(e) });
    }
  }

  function addParagraph(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return;
    const last = items!.at(-1);
    const after = last && /avslutande|closing/i.test(last.title) ? items!.at(-2)?.id : last?.id;
    void store.addItem(meeting.id, title.trim(), after).catch((err: unknown) => setStatus({ kind: 'failed', text: err instanceof Error ? err.message : String(err) }));
    setTitle('');
  }

  const count = content ? content.items.length : items.length;
  const firstShown = content ? Number(content.items[0]?.number ?? first) : first;
  return (
    <>
      <div className="meetings-head">
        <p className="muted">
          {t('minutes.revision', { n: minutes.revision })} · {t(`minutes.status.${minutes.status}`)}
          {count > 0 && ` · ${paragraphRange(firstShown, count)}`}
        </p>
        <div className="meetings-inline">
          <button type="button" className="button" onClick={() => void exportPdf()} disabled={status.kind === 'busy'}>
            {status.kind === 'busy' ? t('pdf.busy') : t('minutes.pdf')}
          </button>
          <span role="status" aria-live="polite" className="small">
            {status.kind === 'done' && t('pdf.done')}
            {status.kind === 'failed' && <span className="text-error">{status.text}</span>}
          </span>
        </div>
      </div>
      <RecordConflictBadge
        records={[
          { table: 'meetings', recordId: meeting.id },
          { table: 'minutes', recordId: minutes.id },
          ...items.map((i) => ({ table: 'agendaItems', recordId: i.id })),
        ]}
      />
      {/* A draft is finalised after the paragraphs are written; finalised minutes show their state first. */}
      {minutes.status === 'draft' && minutes.previousId && <p className="meetings-hint">{t('correct.draft', { n: minutes.revision - 1, reason: minutes.correctionReason ?? '' })}</p>}
      {minutes.status !== 'draft' && <AdjustPanel meeting={meeting} minutes={minutes} firstNumber={first} />}
      {reason && <LockNotice reason={reason} />}
      {content ? (
        <MinutesView content={content} />
      ) : (
        <>
          {/* Members' meetings elect two adjusters (who also count votes); a board usually one. */}
          <PeopleEditor key={minutes.id} adjusterSlots={meeting.kind === 'board' ? 1 : 2} minutes={minutes} invited={meeting.invitedNames ?? []} registrations={registrations ?? []} members={members} />
          <h2 className="meetings-subhead">{t('minutes.paragraphs')}</h2>
          {items.map((item, i) => (
            <ParagraphEditor key={item.id} item={item} number={String(first + i)} onRemove={() => window.confirm(t('para.removeConfirm', { title: item.title })) && void store.removeItem(item.id)} />
          ))}
          <form className="meetings-inline card" onSubmit={addParagraph}>
            <input aria-label={t('minutes.newParagraph')} placeholder={t('minutes.newParagraph')} value={title} onChange={(e) => setTitle(e.target.value)} />
            <button type="submit" className="button">
              {t('minutes.addParagraph')}
            </button>
          </form>
          <AttachmentsEditor key={`attachments-${minutes.id}`} minutes={minutes} items={items} firstNumber={first} />
          <AdjustPanel meeting={meeting} minutes={minutes} firstNumber={first} />
        </>
      )}
      <RevisionHistory revisions={revisions ?? []} />
    </>
  );
}
