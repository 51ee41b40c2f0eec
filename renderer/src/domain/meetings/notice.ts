// Kallelse as plain text for an e-mail: what, when, where, how to register, the agenda, and who
// sends it — the same facts as the notice PDF, in words that read well pasted into any mail
// program (no markup; the agenda as a numbered list).
import type { Meeting } from './types';
import type { Lang } from './templates';
import { formatDateWithWeekday, formatTimeRange, kindName } from './format';

export type NoticeInput = { meeting: Meeting; agenda: string[]; orgName: string; sentDate?: string };

const MEMBER_MEETINGS = ['annual', 'extra', 'member', 'constituent'];

export function isMemberMeeting(m: Pick<Meeting, 'kind' | 'invitees'>): boolean {
  return m.invitees === 'members' || (m.invitees !== 'board' && MEMBER_MEETINGS.includes(m.kind));
}

/** The opening sentence when the secretary has not written one. */
export function defaultNoticeIntro(meeting: Meeting, orgName: string, lang: Lang = 'sv'): string {
  const kind = kindName(meeting.kind, lang, meeting.kindLabel);
  const org = orgName.trim();
  if (lang === 'en') {
    const who = isMemberMeeting(meeting) ? `The members of ${org || 'the association'} are` : meeting.invitees === 'chosen' ? 'You are' : `The board of ${org || 'the association'} is`;
    const k = kind.toLowerCase();
    return `${who} hereby invited to ${/^[aeiou]/.test(k) ? 'an' : 'a'} ${k}.`;
  }
  const who = isMemberMeeting(meeting) ? `Medlemmarna i ${org || 'föreningen'}` : meeting.invitees === 'chosen' ? 'Du' : `Styrelsens ledamöter i ${org || 'föreningen'}`;
  return `${who} kallas härmed till ${kind.toLowerCase()}.`;
}

export function noticeText({ meeting, agenda, orgName }: NoticeInput, lang: Lang = 'sv'): string {
  const sv = lang === 'sv';
  const kind = kindName(meeting.kind, lang, meeting.kindLabel);
  const out: string[] = [];
  out.push(`${sv ? 'Kallelse' : 'Notice'}: ${meeting.title.trim() || kind}`, '');
  out.push(meeting.noticeText?.trim() || defaultNoticeIntro(meeting, orgName, lang), '');
  // No column alignment: mail programs show proportional fonts, where padding would not line up.
  const time = formatTimeRange(meeting.startTime, meeting.endTime, lang);
  out.push(`${sv ? 'När' : 'When'}: ${formatDateWithWeekday(meeting.date, lang)}${time ? (sv ? `, kl. ${time}` : `, ${time}`) : ''}`);
  const places = meeting.places
    .filter((p) => p.name.trim() || p.url?.trim())
    .map((p) => {
      const line = [p.name.trim(), p.address?.trim()].filter(Boolean).join(', ');
      return `${line}${p.url?.trim() ? `${line ? ': ' : ''}${p.url.trim()}` : ''}`;
    });
  if (places.length === 1) out.push(`${sv ? 'Var' : 'Where'}: ${places[0]}`);
  if (places.length > 1) out.push(`${sv ? 'Var' : 'Where'}:`, ...places.map((p) => `– ${p}`));
  if (meeting.registrationDeadline) {
    out.push(`${sv ? 'Anmälan' : 'Register'}: ${sv ? 'senast' : 'by'} ${formatDateWithWeekday(meeting.registrationDeadline, lang)}`);
  }
  if (agenda.length > 0) {
    out.push('', isMemberMeeting(meeting) ? (sv ? 'Förslag till dagordning' : 'Proposed agenda') : sv ? 'Dagordning' : 'Agenda');
    agenda.forEach((title, i) => out.push(`${i + 1}. ${title}`));
  }
  out.push('', sv ? 'Välkommen!' : 'Welcome!');
  const signature = meeting.noticeSignature?.trim() || (sv ? 'Styrelsen' : 'The board');
  out.push(signature);
  if (orgName.trim() && !signature.includes(orgName.trim())) out.push(orgName.trim());
  return out.join('\n') + '\n';
}
