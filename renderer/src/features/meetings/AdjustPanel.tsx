// From draft to adjusted minutes: the secretary finalises (content frozen, SHA-256 computed), the
// chair and the adjusters approve with name and date, and a correction starts a new revision.
import { useEffect, useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { approve, signatories, type ApproveProblem } from '../../domain/meetings/adjustment';
import { buildContent } from '../../domain/meetings/content';
import { contentHash, groupHash } from '../../domain/meetings/hash';
import { finaliseProblems, type MinutesErrorCode } from '../../domain/meetings/validate';
import { formatDate, localIsoDate } from '../../domain/meetings/format';
import type { MeetingRecord, MinutesRecord } from '../../db/meetings/tables';
import { flushAllDrafts } from './autosave';
import { useStore } from './data';
import { messages } from './messages';

function HashLine({ minutes }: { minutes: MinutesRecord }) {
  const t = useMessages(messages);
  const [intact, setIntact] = useState<boolean>();
  useEffect(() => {
    let live = true;
    if (minutes.content) void contentHash(minutes.content).then((h) => live && setIntact(h === minutes.contentHash));
    return () => {
      live = false;
    };
  }, [minutes.content, minutes.contentHash]);
  if (!minutes.contentHash) return null;
  return (
    <p className="meetings-hash">
      <span className="meetings-hash__label">SHA-256</span> <code data-testid="content-hash">{groupHash(minutes.contentHash)}</code>{' '}
      {intact === true && <span className="meetings-ok">{t('hash.intact')}</span>}
      {intact === false && <span className="text-error">{t('hash.broken')}</span>}
    </p>
  );
}

export function AdjustPanel({ meeting, minutes, firstNumber }: { meeting: MeetingRecord; minutes: MinutesRecord; firstNumber: number }) {
  const t = useMessages(messages);
  const lang = useLang();
  const { settings } = useApp();
  const store = useStore();
  const [problems, setProblems] = useState<(MinutesErrorCode | ApproveProblem)[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const signers = signatories(minutes);
  const pending = signers.filter((s) => !s.approval);
  const [who, setWho] = useState('');
  const [date, setDate] = useState(localIsoDate());
  const [reason, setReason] = useState('');

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setFailure('');
    try {
      await fn();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const finalise = () =>
    run(async () => {
      await flushAllDrafts();
      const fresh = (await store.minutes.get(minutes.id))!;
      const items = await store.items(meeting.id);
      const found = finaliseProblems(fresh, items.length);
      setProblems(found);
      if (found.length > 0) return;
      const m = (await store.meetings.get(meeting.id))!;
      const content = buildContent(m, items, fresh, firstNumber);
      await store.finalise(minutes.id, content, await contentHash(content), settings.userName || fresh.secretary || '', new Date().toISOString());
    });

  const submitApproval = (e: FormEvent) => {
    e.preventDefault();
    const name = who || pending[0]?.name || '';
    const result = approve(minutes, meeting.date, { name, date });
    if (!result.ok) return setProblems([result.problem]);
    setProblems([]);
    setWho('');
    void run(() => store.recordApprovals(minutes.id, result.approvals, result.adjusted));
  };

  const submitCorrection = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setFailure(t('correct.reasonRequired'));
    void run(() => store.correct(minutes.id, reason).then(() => setReason('')));
  };

  const messagesList = (
    <>
      {problems.map((p) => (
        <p key={p} className="text-error" role="alert">
          {t(`finalise.${p}`)}
        </p>
      ))}
      {failure && (
        <p className="text-error" role="alert">
          {failure}
        </p>
      )}
    </>
  );

  if (minutes.status === 'draft')
    return (
      <div className="card card--callout">
        <p className="muted small">{t('finalise.help')}</p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void finalise()}>
          {t('finalise.button')}
        </button>
        {messagesList}
      </div>
    );

  const signerList = (
    <ul className="meetings-signers">
      {signers.map((s) => (
        <li key={`${s.role}:${s.name}`}>
          <span className={s.approval ? 'meetings-ok' : 'muted'}>{s.approval ? '✓' : '○'}</span> {s.name}, {t(`role.${s.role}`)}
          {s.approval ? ` – ${t('adjust.approvedOn', { date: formatDate(s.approval.date, lang) })}` : ` – ${t('adjust.waiting')}`}
        </li>
      ))}
    </ul>
  );

  if (minutes.status === 'finalised')
    return (
      <div className="card card--callout">
        <h2>{t('adjust.heading')}</h2>
        <p>{t('adjust.finalisedBy', { name: minutes.finalisedBy || '–', date: minutes.finalisedAt ? formatDate(minutes.finalisedAt, lang) : '' })}</p>
        <HashLine minutes={minutes} />
        {signerList}
        <form className="meetings-inline" onSubmit={submitApproval}>
          <label className="meetings-inline__field">
            <span>{t('adjust.who')}</span>
            <select value={who || pending[0]?.name || ''} onChange={(e) => setWho(e.target.value)}>
              {pending.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({t(`role.${s.role}`)})
                </option>
              ))}
            </select>
          </label>
          <label className="meetings-inline__field">
            <span>{t('adjust.date')}</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button type="submit" className="button button--primary" disabled={busy || pending.length === 0}>
            {t('adjust.approve')}
          </button>
        </form>
        {messagesList}
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void run(() => store.reopen(minutes.id))}>
          {t('adjust.reopen')}
        </button>
      </div>
    );

  return (
    <div className="card card--callout meetings-adjusted">
      <h2>{t('adjusted.heading')}</h2>
      <p>{t('adjusted.text')}</p>
      <HashLine minutes={minutes} />
      {signerList}
      {!minutes.supersededBy && (
        <details className="meetings-details">
          <summary>{t('correct.open')}</summary>
          <form onSubmit={submitCorrection} className="form">
            <div className="field">
              <label htmlFor="meetings-correction">{t('correct.reason')}</label>
              <textarea id="meetings-correction" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
              <p className="field__hint">{t('correct.hint')}</p>
            </div>
            <button type="submit" className="button" disabled={busy}>
              {t('correct.create')}
            </button>
          </form>
        </details>
      )}
      {messagesList}
    </div>
  );
}
