// Asking the Node side for a PDF and handing it to the user as a download.
import { send } from '../../platform/bridge';
import { saveFile } from '../../platform/files';
import type { OrgProfile } from '../../domain/org/profile';
import { meetingForPdf, toPdfModel, type PdfExtras } from '../../domain/meetings/content';
import type { Meeting, MinutesContent, Registration } from '../../domain/meetings/types';
import { attendanceListModel } from '../../domain/meetings/attendanceList';
import type { RegisterMember } from '../../domain/meetings/votingRegister';
import { localIsoDate } from '../../domain/meetings/format';
import { fileName, pdfOrg } from './data';

export async function downloadNotice(profile: OrgProfile | undefined, meeting: Meeting, agenda: string[], intro: string): Promise<void> {
  const bytes = await send('pdf:render', {
    kind: 'notice',
    org: pdfOrg(profile, 'Föreningen'),
    data: {
      meeting: meetingForPdf(meeting),
      agenda: agenda.map((title, i) => ({ number: String(i + 1), title })),
      registrationDeadline: meeting.registrationDeadline,
      text: intro,
      signature: meeting.noticeSignature || 'Styrelsen',
      date: localIsoDate(),
    },
  });
  saveFile(fileName('Kallelse', meeting.title, meeting.date), bytes, 'application/pdf');
}

export async function downloadMinutes(profile: OrgProfile | undefined, content: MinutesContent, status: 'draft' | 'review' | 'adjusted', hash?: string, extras?: PdfExtras): Promise<void> {
  const bytes = await send('pdf:render', { kind: 'minutes', org: pdfOrg(profile, 'Föreningen'), data: toPdfModel(content, status, hash, extras) });
  const version = content.revision > 1 ? `version ${content.revision}` : '';
  const suffix = status === 'adjusted' ? 'justerat' : 'utkast';
  saveFile(fileName('Protokoll', content.meeting.title, content.meeting.date, version, suffix), bytes, 'application/pdf');
}

export async function downloadVotingRegister(profile: OrgProfile | undefined, meeting: Meeting, voters: { number: number; organisation: string; representative: string }[]): Promise<void> {
  // No PDF kind for a voting register yet: the member list's titled table of number and name
  // carries it, the name being the organisation and the person who holds its vote.
  const bytes = await send('pdf:render', {
    kind: 'member-list',
    org: pdfOrg(profile, 'Föreningen'),
    data: {
      title: `Röstlängd – ${meeting.title}`,
      generated: localIsoDate(),
      columns: ['memberNumber', 'name'],
      members: voters.map((v) => ({ memberNumber: String(v.number), name: `${v.organisation} – ${v.representative}` })),
    },
  });
  saveFile(fileName('Röstlängd', meeting.title, meeting.date), bytes, 'application/pdf');
}

export async function downloadAttendanceList(profile: OrgProfile | undefined, meeting: Meeting, registrations: (Registration & { id: string })[], members: RegisterMember[]): Promise<void> {
  const data = attendanceListModel(meeting, registrations, members, localIsoDate());
  const bytes = await send('pdf:render', { kind: 'attendance-list', org: pdfOrg(profile, 'Föreningen'), data });
  saveFile(fileName('Närvarolista', meeting.title, meeting.date), bytes, 'application/pdf');
}
