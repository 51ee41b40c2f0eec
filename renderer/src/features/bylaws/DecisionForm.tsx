// Recording a decision as the minutes have it: the date, the meeting (typed, or one of the
// meetings Kansli knows), the § of the minutes, and for amendments the votes and the outcome.
import { useId, useState, type FormEvent } from 'react';
import { checkDecision, type Decision, type DecisionProblem, type Majority, type Outcome } from '../../domain/bylaws/proposal';
import { useMessages } from '../../i18n';
import { TextField } from '../../ui/Field';
import { messages } from './messages';
import { today, useMeetingOptions } from './useBylaws';

type Props = {
  defaultMeeting: string;
  majority: Majority;
  submitLabel: string;
  /** Amendments record votes and outcome; the first adoption is simply "antogs". */
  full?: boolean;
  onSubmit(d: Decision): Promise<void>;
};

const toCount = (s: string) => (s.trim() === '' ? undefined : Number(s.trim()));

export function DecisionForm({ defaultMeeting, majority, submitLabel, full = false, onSubmit }: Props) {
  const t = useMessages(messages);
  const meetings = useMeetingOptions();
  const listId = useId();
  const [date, setDate] = useState(today());
  const [meeting, setMeeting] = useState(defaultMeeting);
  const [paragraph, setParagraph] = useState('');
  const [votesFor, setFor] = useState('');
  const [votesAgainst, setAgainst] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('approved');
  const [problems, setProblems] = useState<DecisionProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const known = meetings.find((m) => m.label === meeting.trim());
    const d: Decision = {
      id: crypto.randomUUID(),
      date,
      meeting: meeting.trim(),
      ...(known ? { meetingId: known.id } : {}),
      ...(paragraph.trim() ? { paragraph: paragraph.trim().replace(/^§\s*/u, '') } : {}),
      outcome: full ? outcome : 'approved',
      ...(full && toCount(votesFor) !== undefined ? { votesFor: toCount(votesFor) } : {}),
      ...(full && toCount(votesAgainst) !== undefined ? { votesAgainst: toCount(votesAgainst) } : {}),
    };
    const found = checkDecision(d, majority);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    setFailed('');
    try {
      await onSubmit(d);
      setParagraph('');
      setFor('');
      setAgainst('');
    } catch (err) {
      setFailed(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const err = (p: DecisionProblem) => (problems.includes(p) ? t(`decision.error.${p}`, { majority: t(`majority.${majority}`) }) : undefined);

  return (
    <form className="bylaws-decision-form" onSubmit={submit} noValidate>
      <div className="bylaws-decision-form__grid">
        <TextField label={t('decision.date')} type="date" value={date} required onChange={(e) => setDate(e.target.value)} error={err('date')} />
        <TextField label={t('decision.meeting')} value={meeting} required list={listId} onChange={(e) => setMeeting(e.target.value)} error={err('meeting')} hint={meetings.length ? t('decision.meetingHint') : undefined} />
        <datalist id={listId}>
          {meetings.map((m) => (
            <option key={m.id} value={m.label} />
          ))}
        </datalist>
        <TextField label={t('decision.paragraph')} value={paragraph} onChange={(e) => setParagraph(e.target.value)} hint={t('decision.paragraphHint')} inputMode="numeric" />
        {full && (
          <>
            <TextField label={t('decision.votesFor')} value={votesFor} inputMode="numeric" onChange={(e) => setFor(e.target.value)} error={err('votes') ?? err('majority')} hint={t('decision.votesHint')} />
            <TextField label={t('decision.votesAgainst')} value={votesAgainst} inputMode="numeric" onChange={(e) => setAgainst(e.target.value)} />
            <div className="field">
              <span className="field__label" id={`${listId}-outcome`}>
                {t('decision.outcome')}
              </span>
              <div role="radiogroup" aria-labelledby={`${listId}-outcome`} className="bylaws-radio">
                {(['approved', 'rejected'] as const).map((o) => (
                  <label key={o}>
                    <input type="radio" name={`${listId}-outcome`} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`decision.${o}`)}
                  </label>
                ))}
              </div>
            </div>
          </>
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {failed && (
          <span className="text-error" role="alert">
            {failed}
          </span>
        )}
      </div>
    </form>
  );
}
