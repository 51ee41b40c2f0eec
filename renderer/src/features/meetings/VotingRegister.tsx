// Röstlängd from attendance: one vote per member organisation.
import { useState } from 'react';
import { useMessages } from '../../i18n';
import { votingRegister } from '../../domain/meetings/votingRegister';
import type { MeetingRecord, RegistrationRecord } from '../../db/meetings/tables';
import { useProfile, type MemberRef } from './data';
import { downloadVotingRegister } from './pdf';
import { messages } from './messages';

export function VotingRegister({ meeting, registrations, members }: { meeting: MeetingRecord; registrations: RegistrationRecord[]; members: MemberRef[] }) {
  const t = useMessages(messages);
  const profile = useProfile();
  const [failure, setFailure] = useState('');
  const { voters, nonVoters } = votingRegister(registrations, members);
  return (
    <div className="card">
      <h2>{t('vote.heading', { n: voters.length })}</h2>
      <p className="muted small">{t('vote.help')}</p>
      {voters.length === 0 ? (
        <p className="muted">{t('vote.none')}</p>
      ) : (
        <ol className="meetings-voters">
          {voters.map((v) => (
            <li key={v.registrationId}>
              <strong>{v.organisation}</strong> – {v.representative}
            </li>
          ))}
        </ol>
      )}
      {nonVoters.length > 0 && (
        <details>
          <summary>{t('vote.nonVoters', { n: nonVoters.length })}</summary>
          <ul className="small">
            {nonVoters.map((n, i) => (
              <li key={i}>
                {n.name}
                {n.organisation && `, ${n.organisation}`} – {t(`vote.reason.${n.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {voters.length > 0 && (
        <button type="button" className="button" onClick={() => void downloadVotingRegister(profile, meeting, voters).catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))}>
          {t('vote.pdf')}
        </button>
      )}
      {failure && <p className="text-error">{failure}</p>}
    </div>
  );
}
