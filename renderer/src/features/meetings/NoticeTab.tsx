// Kallelse: the opening words and signature (saved as you type), the e-mail text to copy, and
// the PDF with the association's header.
import { useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { TextArea, TextField } from '../../ui/Field';
import { defaultNoticeIntro, noticeText } from '../../domain/meetings/notice';
import type { MeetingRecord } from '../../db/meetings/tables';
import { useAutosave } from './autosave';
import { useProfile, useStore } from './data';
import { downloadNotice } from './pdf';
import { messages } from './messages';
import { SaveStatus } from './SaveStatus';

export function NoticeTab({ meeting }: { meeting: MeetingRecord }) {
  const t = useMessages(messages);
  const lang = useLang();
  const store = useStore();
  const profile = useProfile();
  const { value: items } = useLive(() => store.items(meeting.id), [store, meeting.id]);
  const stored = { noticeText: meeting.noticeText ?? '', noticeSignature: meeting.noticeSignature ?? '' };
  const draft = useAutosave(`notice:${meeting.id}`, stored, (v) => store.updateMeeting(meeting.id, { noticeText: v.noticeText.trim() || undefined, noticeSignature: v.noticeSignature.trim() || undefined }).then(() => undefined));
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'copied' | 'failed'; text?: string }>({ kind: 'idle' });

  const orgName = profile?.name ?? '';
  const live = { ...meeting, noticeText: draft.value.noticeText, noticeSignature: draft.value.noticeSignature };
  const agenda = (items ?? []).map((i) => i.title);
  const text = noticeText({ meeting: live, agenda, orgName }, lang);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch {
      // Clipboard refused (no permission): select the text so Ctrl+C works.
      const area = document.getElementById('meetings-notice-text') as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
      setStatus({ kind: 'failed', text: t('notice.copyFailed') });
    }
  }

  async function pdf() {
    setStatus({ kind: 'busy' });
    try {
      await draft.flush();
      // The PDF is always in Swedish, the association's language, whatever the screen's language.
      await downloadNotice(profile, live, agenda, draft.value.noticeText.trim() || defaultNoticeIntro(live, orgName, 'sv'));
      setStatus({ kind: 'done' });
    } catch (e) {
      setStatus({ kind: 'failed', text: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <div className="card">
      <h2>{t('notice.heading')}</h2>
      {!profile?.name && <p className="meetings-hint">{t('notice.noOrg')}</p>}
      <div className="form">
        <TextArea label={t('notice.intro')} hint={t('notice.intro.hint')} rows={3} placeholder={defaultNoticeIntro(live, orgName, lang)} value={draft.value.noticeText} onChange={(e) => draft.change({ ...draft.value, noticeText: e.target.value })} />
        <TextField label={t('notice.signature')} placeholder={lang === 'sv' ? 'Styrelsen' : 'The board'} value={draft.value.noticeSignature} onChange={(e) => draft.change({ ...draft.value, noticeSignature: e.target.value })} />
        <SaveStatus state={draft.state} error={draft.error} />
      </div>
      <div className="field">
        <label htmlFor="meetings-notice-text">{t('notice.emailText')}</label>
        <textarea id="meetings-notice-text" readOnly rows={Math.min(30, text.split('\n').length + 1)} value={text} />
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void pdf()} disabled={status.kind === 'busy'}>
          {status.kind === 'busy' ? t('pdf.busy') : t('notice.pdf')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('notice.copy')}
        </button>
        <span className="form__status" role="status" aria-live="polite">
          {status.kind === 'copied' && t('notice.copied')}
          {status.kind === 'done' && t('pdf.done')}
          {status.kind === 'failed' && <span className="text-error">{status.text}</span>}
        </span>
      </div>
    </div>
  );
}
