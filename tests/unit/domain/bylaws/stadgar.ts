// Bylaws of a regional IT network organised as an ideell förening, with the sections municipal
// guidance says stadgar should contain (name, seat, purpose, membership, board, fiscal year,
// auditors, annual meeting, amendment, dissolution — e.g. Skinnskattebergs kommun, "Stadgar",
// skinnskatteberg.se/kultur-fritid/foreningar/starta-forening/stadgar/), in the usual phrasing,
// and an amendment adopted at an annual meeting.
import type { BylawSection } from '../../../../renderer/src/domain/bylaws/diff';

export const STADGAR_2023: BylawSection[] = [
  { number: '§ 1', heading: 'Föreningens namn', text: 'Föreningens namn är Norrlands IT-nätverk. Föreningen är en ideell förening.' },
  { number: '§ 2', heading: 'Säte', text: 'Föreningen har sitt säte i Umeå kommun.' },
  { number: '§ 3', heading: 'Ändamål', text: 'Föreningen har till ändamål att främja samverkan mellan företag inom IT-branschen i Norrland, att stärka regionens kompetensförsörjning och att verka för att fler unga väljer en utbildning inom IT. Föreningen är partipolitiskt och religiöst obunden.' },
  { number: '§ 4', heading: 'Medlemskap', text: 'Medlemskap kan beviljas företag, organisationer och myndigheter som verkar inom eller med anknytning till IT-branschen och som vill främja föreningens ändamål. Ansökan om medlemskap prövas av styrelsen.' },
  { number: '§ 5', heading: 'Medlemsavgift', text: 'Medlemmarna ska betala den årsavgift som årsmötet beslutar. Avgiften bestäms per medlemskategori och ska vara betald senast den 31 mars.' },
  { number: '§ 6', heading: 'Styrelse', text: 'Föreningens angelägenheter handhas av en styrelse som består av ordförande och fyra övriga ledamöter.\nStyrelsen är beslutsför när mer än hälften av ledamöterna är närvarande.' },
  { number: '§ 7', heading: 'Hedersmedlemmar', text: 'Årsmötet kan på förslag av styrelsen utse hedersmedlemmar. Hedersmedlem betalar ingen avgift.' },
  { number: '§ 8', heading: 'Räkenskapsår', text: 'Föreningens räkenskapsår är kalenderår.' },
  { number: '§ 9', heading: 'Revision', text: 'Styrelsens förvaltning och föreningens räkenskaper granskas av en revisor som väljs av årsmötet.' },
  { number: '§ 10', heading: 'Årsmöte', text: 'Ordinarie årsmöte hålls före utgången av april månad. Kallelse till årsmötet ska skickas till medlemmarna senast tre veckor före mötet.' },
  { number: '§ 11', heading: 'Stadgeändring', text: 'För ändring av dessa stadgar krävs beslut av årsmötet med minst två tredjedelar av de avgivna rösterna.' },
  { number: '§ 12', heading: 'Upplösning', text: 'För upplösning av föreningen krävs likalydande beslut vid två på varandra följande årsmöten, varav ett ordinarie. Vid upplösning ska föreningens tillgångar användas för ett ändamål som främjar IT-branschen i Norrland.' },
];

const at = (n: number) => STADGAR_2023[n - 1]!;

/** The amendment: a new § 4 on member categories, a larger board, honorary members dropped. */
export const STADGAR_2025: BylawSection[] = [
  at(1),
  at(2),
  at(3),
  { number: '§ 4', heading: 'Medlemskategorier', text: 'Föreningen har tre medlemskategorier: företagsmedlem, organisationsmedlem och stödmedlem. Styrelsen avgör i vilken kategori en sökande ingår.' },
  { ...at(4), number: '§ 5' },
  { ...at(5), number: '§ 6' },
  { ...at(6), number: '§ 7', text: at(6).text.replace('fyra övriga', 'sex övriga') },
  at(8),
  at(9),
  at(10),
  at(11),
  at(12),
];
