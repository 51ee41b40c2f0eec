// Agenda templates. The annual meeting's order is the one Swedish ideella föreningar use (and
// their bylaws usually prescribe): formalities first (chair, secretary, adjusters who also count
// votes, due notice, voting register, agenda), then the year behind (reports, accounts,
// discharge), then the year ahead (fees, plan, elections), motions, closing.
import type { MeetingKind } from './types';

export type Lang = 'sv' | 'en';
export type TemplateId = 'annual' | 'extra' | 'board' | 'constituent' | 'constituentBoard' | 'member' | 'empty';

type Template = { id: TemplateId; sv: string; en: string; items: { sv: string; en: string }[] };

const opening = { sv: 'Mötets öppnande', en: 'Opening of the meeting' };
const closing = { sv: 'Mötets avslutande', en: 'Closing of the meeting' };
const meetingChair = { sv: 'Val av ordförande för mötet', en: 'Election of a chair for the meeting' };
const meetingSecretary = { sv: 'Val av sekreterare för mötet', en: 'Election of a secretary for the meeting' };
const adjustersCounting = { sv: 'Val av två justerare tillika rösträknare', en: 'Election of two adjusters, who also count the votes' };
const dulyCalled = { sv: 'Fråga om mötet har utlysts på rätt sätt', en: 'Whether the meeting was duly called' };
const votingRegister = { sv: 'Fastställande av röstlängd', en: 'Approval of the voting register' };
const agenda = { sv: 'Fastställande av dagordning', en: 'Approval of the agenda' };
const other = { sv: 'Övriga frågor', en: 'Any other business' };
const nextMeeting = { sv: 'Nästa möte', en: 'Next meeting' };
const boardAdjuster = { sv: 'Val av justerare', en: 'Election of an adjuster' };

const TEMPLATES: Template[] = [
  {
    id: 'annual',
    sv: 'Årsmöte (standarddagordning)',
    en: 'Annual meeting (standard agenda)',
    items: [
      opening,
      meetingChair,
      meetingSecretary,
      adjustersCounting,
      dulyCalled,
      votingRegister,
      agenda,
      { sv: 'Styrelsens verksamhetsberättelse för det senaste verksamhetsåret', en: "The board's annual report for the past year" },
      { sv: 'Ekonomisk berättelse: resultat- och balansräkning', en: 'Financial statements: income statement and balance sheet' },
      { sv: 'Revisorernas berättelse', en: "The auditors' report" },
      { sv: 'Fastställande av resultat- och balansräkning', en: 'Adoption of the income statement and balance sheet' },
      { sv: 'Fråga om ansvarsfrihet för styrelsen', en: 'Discharge of the board from liability' },
      { sv: 'Fastställande av medlemsavgifter', en: 'Membership fees' },
      { sv: 'Fastställande av verksamhetsplan och budget', en: 'Plan of activities and budget' },
      { sv: 'Val av föreningens ordförande', en: "Election of the association's chair" },
      { sv: 'Val av övriga styrelseledamöter och suppleanter', en: 'Election of the other board members and deputies' },
      { sv: 'Val av revisorer och revisorssuppleant', en: 'Election of auditors and a deputy auditor' },
      { sv: 'Val av valberedning', en: 'Election of the nomination committee' },
      { sv: 'Behandling av motioner och styrelsens förslag', en: "Motions and the board's proposals" },
      other,
      closing,
    ],
  },
  {
    id: 'extra',
    sv: 'Extra årsmöte',
    en: 'Extraordinary general meeting',
    items: [opening, meetingChair, meetingSecretary, adjustersCounting, dulyCalled, votingRegister, agenda, { sv: 'Det ärende som föranlett det extra årsmötet', en: 'The matter for which the meeting was called' }, closing],
  },
  {
    id: 'board',
    sv: 'Styrelsemöte',
    en: 'Board meeting',
    items: [
      opening,
      boardAdjuster,
      agenda,
      { sv: 'Uppföljning av föregående protokoll', en: 'Follow-up of the previous minutes' },
      { sv: 'Ekonomisk rapport', en: 'Financial report' },
      { sv: 'Medlemsfrågor', en: 'Membership' },
      { sv: 'Rapporter från arbetsgrupper', en: 'Reports from working groups' },
      { sv: 'Beslutsärenden', en: 'Matters for decision' },
      other,
      nextMeeting,
      closing,
    ],
  },
  {
    id: 'constituent',
    sv: 'Konstituerande möte (ny förening)',
    en: 'Founding meeting (new association)',
    items: [
      opening,
      meetingChair,
      meetingSecretary,
      adjustersCounting,
      agenda,
      { sv: 'Beslut om att bilda föreningen', en: 'Decision to found the association' },
      { sv: 'Antagande av stadgar', en: 'Adoption of the bylaws' },
      { sv: 'Fastställande av medlemsavgift', en: 'Membership fee' },
      { sv: 'Val av styrelse', en: 'Election of the board' },
      { sv: 'Val av revisor', en: 'Election of an auditor' },
      { sv: 'Val av valberedning', en: 'Election of the nomination committee' },
      other,
      closing,
    ],
  },
  {
    id: 'constituentBoard',
    sv: 'Konstituerande styrelsemöte',
    en: 'Constituent board meeting',
    items: [
      opening,
      boardAdjuster,
      agenda,
      { sv: 'Styrelsens konstituering: vice ordförande, sekreterare och kassör', en: 'Constitution of the board: vice chair, secretary and treasurer' },
      { sv: 'Val av firmatecknare', en: 'Authorised signatories' },
      { sv: 'Teckningsrätt för bank och bankgiro', en: 'Signing rights for the bank and Bankgiro' },
      { sv: 'Mötesplan för verksamhetsåret', en: 'Meeting plan for the year' },
      other,
      nextMeeting,
      closing,
    ],
  },
  {
    id: 'member',
    sv: 'Medlemsmöte',
    en: 'Members’ meeting',
    items: [opening, meetingChair, meetingSecretary, adjustersCounting, dulyCalled, agenda, { sv: 'Information från styrelsen', en: 'News from the board' }, other, closing],
  },
  { id: 'empty', sv: 'Tom dagordning', en: 'Empty agenda', items: [] },
];

export function templates(lang: Lang): { id: TemplateId; name: string }[] {
  return TEMPLATES.map((t) => ({ id: t.id, name: t[lang] }));
}

export function templateItems(id: TemplateId, lang: Lang): string[] {
  return (TEMPLATES.find((t) => t.id === id)?.items ?? []).map((i) => i[lang]);
}

/** The template a new meeting of this kind starts from. */
export function defaultTemplate(kind: MeetingKind): TemplateId {
  const byKind: Record<MeetingKind, TemplateId> = { board: 'board', annual: 'annual', extra: 'extra', constituent: 'constituent', member: 'member', other: 'empty' };
  return byKind[kind];
}
