// Swedish prose for minutes, press releases and bylaws: sentences assembled from parts, so the
// texts vary in length and wording the way real ones do (and compress no better than real ones).
import type { Rng } from './prng';

const SUBJECTS = [
  'Styrelsen', 'Kassören', 'Ordföranden', 'Valberedningen', 'Arbetsgruppen för kompetensförsörjning',
  'Sekreteraren', 'Föreningen', 'Medlemsföretagen', 'Kommunikatören', 'Revisorerna', 'Kansliet',
];
const VERBS = [
  'redogjorde för', 'föreslog', 'diskuterade', 'informerade om', 'lyfte frågan om', 'presenterade',
  'sammanfattade', 'återkom till', 'underströk vikten av', 'tog upp',
];
const OBJECTS = [
  'höstens nätverksträff', 'budgeten för nästa verksamhetsår', 'samarbetet med kommunen',
  'medlemsavgifterna för 2026', 'utbildningsdagen om informationssäkerhet', 'rekryteringen av nya medlemmar',
  'den regionala kompetensanalysen', 'föreningens nya webbplats', 'läget i ekonomin efter tredje kvartalet',
  'årsmötets förberedelser', 'mentorprogrammet för studenter', 'avtalet med Science Park',
  'frukostseminarierna under våren', 'det gemensamma praktikprogrammet', 'dataskyddsfrågor i medlemsregistret',
  'ansökan om projektmedel från Tillväxtverket', 'styrelsens arbetsordning', 'samverkan med gymnasieskolorna',
];
const TAILS = [
  '', '', ' och fick i uppdrag att återkomma till nästa möte', ', vilket mötet ställde sig bakom',
  ' med utgångspunkt i medlemsenkäten', ' och påpekade att tidplanen är snäv', ' efter samråd med kansliet',
  ' inför beslut på årsmötet', ' och konstaterade att intresset är stort bland medlemmarna',
];

export function sentence(rng: Rng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${rng.pick(TAILS)}.`;
}

export function paragraph(rng: Rng, min = 2, max = 5): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng));
  return out.join(' ');
}

export const AGENDA_TITLES = [
  'Mötets öppnande', 'Val av justerare', 'Godkännande av dagordningen', 'Föregående protokoll',
  'Ekonomisk rapport', 'Medlemsärenden', 'Rapport från kansliet', 'Evenemang och aktiviteter',
  'Kommunikation och press', 'Samverkan med kommunen', 'Kompetensförsörjning', 'Projekt och ansökningar',
  'Stadgefrågor', 'Inkomna skrivelser', 'Övriga frågor', 'Nästa möte', 'Mötets avslutande',
];

const DECISIONS = [
  'att godkänna den ekonomiska rapporten och lägga den till handlingarna',
  'att anta nya medlemmar enligt bilaga',
  'att uppdra åt kansliet att ta fram ett förslag till nästa möte',
  'att fastställa budgeten för nästa verksamhetsår',
  'att bevilja ansvarsfrihet för styrelsen',
  'att genomföra höstens nätverksträff i Umeå',
  'att föreslå årsmötet oförändrade medlemsavgifter',
];

export function decision(rng: Rng): string {
  return `Styrelsen beslutade ${rng.pick(DECISIONS)}.`;
}

const HEADLINES = [
  'rekordmånga företag i regionens IT-nätverk', 'ny satsning på kompetens inom informationssäkerhet',
  'nätverket välkomnar hundra nya medlemmar', 'regionen och IT-branschen tecknar samverkansavtal',
  'studenter och företag möts på årets karriärdag', 'ny rapport: bristen på utvecklare minskar',
  'föreningen delar ut årets digitaliseringspris', 'mentorprogrammet går in på sitt femte år',
];

export function headline(rng: Rng, year: number): string {
  const h = rng.pick(HEADLINES);
  return `${year}: ${h.charAt(0).toUpperCase()}${h.slice(1)}`;
}

export const BYLAW_HEADINGS = [
  'Föreningens namn', 'Ändamål', 'Säte', 'Medlemskap', 'Medlemsavgift', 'Utträde', 'Uteslutning',
  'Styrelse', 'Styrelsens uppgifter', 'Firmateckning', 'Räkenskapsår', 'Revision', 'Årsmöte',
  'Kallelse till årsmöte', 'Ärenden vid årsmöte', 'Extra årsmöte', 'Rösträtt', 'Beslut och omröstning',
  'Valberedning', 'Stadgeändring', 'Upplösning',
];
