// The door list (närvarolista, with the röstlängd for a members' meeting) as a PDF.
import { useState } from 'react';
import { useMessages } from '../../i18n';
import type { MeetingRecord, RegistrationRecord } from '../../db/meetings/tables';
import { useProfile, type MemberRef } from './data';
import { downloadAttendanceList } from './pdf';
import { messages } from './messages';

export function DoorListButton({ meeting, registrations, members }: { meeting: MeetingRecord; registrations: RegistrationRecord[]; members: MemberRef[] }) {
  const t = useMessages(messages);
  const profile = useProfile();
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'failed'; text?: string }>({ kind: 'idle' });
  async function run() {
    setStatus({ kind: 'busy' });
    try {
      await downloadAttendanceList(profile, meeting, registrations, members);
      setStatus({ kind: 'done' });
    } catch (e) {
      setStatus({ kind: 'failed', text: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <div className="meetings-inline">
      <button type="button" className="button" disabled={status.kind === 'busy'} onClick={() => void run()}>
        {status.kind === 'busy' ? t('door.busy') : t('door.pdf')}
      </button>
      <span role="status" aria-live="polite" className="small">
        {status.kind === 'done' && t('door.done')}
        {status.kind === 'failed' && <span className="text-error">{status.text}</span>}
      </span>
    </div>
  );
}
