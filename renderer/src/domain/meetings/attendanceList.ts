// The door list (närvarolista) as the PDF model wants it: per place, the registered people with
// organisation, lunch and diet; for a members' meeting the voting register. Before anyone is
// marked present, the register is drawn from the registrations and called preliminary.
import type { Meeting, Registration } from './types';
import { meetingForPdf, placeLine } from './content';
import { isMemberMeeting } from './notice';
import { votingRegister, type RegisterMember } from './votingRegister';

export type AttendanceListPdfModel = {
  meeting: ReturnType<typeof meetingForPdf>;
  generated: string;
  places: { name: string; people: { name: string; organisation?: string; lunch: boolean; diet?: string; attended: boolean }[] }[];
  votingRegister?: { preliminary: boolean; voters: { number: string; organisation: string; representative: string }[] };
};

export function attendanceListModel(meeting: Meeting, registrations: (Registration & { id: string })[], members: RegisterMember[], generated: string): AttendanceListPdfModel {
  const names = meeting.places.length > 0 ? meeting.places.map((p) => p.name.trim() || placeLine(p)) : [meeting.title];
  const places = names.map((name) => ({ name, people: [] as AttendanceListPdfModel['places'][number]['people'] }));
  for (const r of registrations) {
    const at = r.place !== undefined && r.place >= 0 && r.place < places.length ? r.place : 0;
    places[at]!.people.push({ name: r.name, organisation: r.organisation, lunch: Boolean(r.lunch), diet: r.diet, attended: Boolean(r.attended) });
  }
  let register: AttendanceListPdfModel['votingRegister'];
  if (isMemberMeeting(meeting)) {
    const preliminary = !registrations.some((r) => r.attended);
    const entries = registrations.map((r) => ({ ...r, attended: preliminary ? true : r.attended }));
    const { voters } = votingRegister(entries, members);
    register = { preliminary, voters: voters.map((v) => ({ number: String(v.number), organisation: v.organisation, representative: v.representative })) };
  }
  return { meeting: meetingForPdf(meeting), generated, places, votingRegister: register };
}
