// Linking a proposal to meetings the meetings area has recorded (besides the free-text field),
// so the decision can be followed from the meeting and back.
import type { ProposalRecord } from '../../db/bylaws/repositories';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { useBylawRepos, type MeetingOption } from './useBylaws';

export function MeetingLinks({ proposal, meetings }: { proposal: ProposalRecord; meetings: MeetingOption[] }) {
  const t = useMessages(messages);
  const r = useBylawRepos();
  if (!meetings.length) return null;
  const linked = new Set(proposal.meetingIds ?? []);
  const toggle = (id: string, on: boolean) => {
    const next = meetings.map((m) => m.id).filter((m) => (m === id ? on : linked.has(m)));
    void r.proposals.update(proposal.id, { meetingIds: next.length ? next : undefined });
  };
  return (
    <fieldset className="bylaws-meetings">
      <legend>{t('proposal.meetingLinks')}</legend>
      {meetings.map((m) => (
        <label key={m.id} className="bylaws-check">
          <input type="checkbox" checked={linked.has(m.id)} disabled={proposal.status !== 'open'} onChange={(e) => toggle(m.id, e.target.checked)} /> {m.label}
        </label>
      ))}
    </fieldset>
  );
}
