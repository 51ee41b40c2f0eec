// A starting point for an ideell förening's stadgar, written the way Swedish associations write
// them (after the normalstadgar of the folkrörelse organisations and the guidance municipalities
// give new associations): name, seat, purpose, membership, fees, board, fiscal year, audit,
// annual meeting, notice, voting, amendments and dissolution. The board edits it before the
// constituting meeting adopts it.
import { randomId, type BylawText, type NewId, type Section } from './model';

export type TemplateInput = {
  /** The association's name; a placeholder when not yet set. */
  name?: string;
  /** The municipality of the seat (usually the city in the profile). */
  seat?: string;
  /** 'MM-DD' from the profile; '01-01' means the calendar year. */
  fiscalYearStart?: string;
};

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "kalenderår", or "1 juli–30 juni" for a broken fiscal year. */
export function fiscalYearText(start = '01-01'): string {
  const m = /^(\d{2})-(\d{2})$/.exec(start);
  if (!m || start === '01-01') return 'Föreningens verksamhets- och räkenskapsår är kalenderår.';
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'Föreningens verksamhets- och räkenskapsår är kalenderår.';
  // The year ends the day before it starts (UTC avoids daylight-saving surprises).
  const end = new Date(Date.UTC(2001, month - 1, day - 1));
  return `Föreningens verksamhets- och räkenskapsår omfattar tiden den ${day} ${MONTHS[month - 1]}–${end.getUTCDate()} ${MONTHS[end.getUTCMonth()]}.`;
}

export function bylawsTemplate(input: TemplateInput = {}, newId: NewId = randomId): BylawText {
  const name = input.name?.trim() || '[Föreningens namn]';
  // "säte i Göteborg", not "Göteborg kommun": the genitive of a municipality's name varies.
  const seat = input.seat?.trim() || '[ort]';
  const sections: [string, string][] = [
    ['Namn', `Föreningens namn är ${name}.`],
    ['Säte', `Föreningen har sitt säte i ${seat}.`],
    [
      'Ändamål',
      [
        'Föreningen är en ideell förening som har till ändamål att främja samverkan, kompetensutveckling och erfarenhetsutbyte mellan medlemmarna och att verka för en god utveckling av verksamhetsområdet i regionen.',
        'Föreningen ska fullfölja sitt ändamål bland annat genom att\n1. anordna möten, seminarier och nätverksträffar,\n2. sprida kunskap och information till medlemmar och allmänhet, och\n3. företräda medlemmarnas gemensamma intressen i frågor som rör föreningens ändamål.',
        'Föreningen är partipolitiskt och religiöst obunden.',
      ].join('\n\n'),
    ],
    [
      'Medlemskap',
      [
        'Till medlem kan antas enskild person, företag, organisation eller annan juridisk person som vill verka för föreningens ändamål och som godtar dessa stadgar.',
        'Ansökan om medlemskap görs skriftligen till styrelsen, som beslutar om medlemskap. En ansökan får avslås endast om det finns särskilda skäl, och beslutet ska då motiveras.',
        'Medlem som är juridisk person utser en kontaktperson som företräder medlemmen i föreningen.',
      ].join('\n\n'),
    ],
    [
      'Medlemsavgift',
      'Medlem ska betala den årsavgift som årsmötet fastställer. Årsmötet får bestämma olika avgifter för olika medlemskategorier.\n\nAvgiften ska vara betald senast den 31 mars varje år.',
    ],
    [
      'Utträde och uteslutning',
      [
        'Medlem som vill utträda ur föreningen ska skriftligen anmäla det till styrelsen och anses därmed omedelbart ha lämnat föreningen. Inbetald avgift återbetalas inte.',
        'Medlem som inte har betalat medlemsavgift inom tre månader efter påminnelse anses ha begärt sitt utträde ur föreningen.',
        'Medlem som motarbetar föreningens ändamål eller på annat sätt allvarligt skadar föreningen får uteslutas genom beslut av styrelsen. Innan beslutet fattas ska medlemmen få tillfälle att yttra sig inom en tid av minst 14 dagar. Beslutet ska vara skriftligt och motiverat.',
      ].join('\n\n'),
    ],
    [
      'Styrelse',
      [
        'Föreningens angelägenheter handhas av en styrelse som består av ordförande och lägst fyra och högst åtta övriga ledamöter. Årsmötet får därutöver välja högst tre suppleanter.',
        'Ordföranden väljs av årsmötet för en tid av ett år. Övriga ledamöter väljs för en tid av två år, så att hälften av dem väljs varje år.',
        'Styrelsen utser inom sig vice ordförande, sekreterare och kassör.',
        'Styrelsen sammanträder när ordföranden kallar till sammanträde eller när minst två ledamöter begär det. Styrelsen är beslutsför när mer än hälften av ledamöterna är närvarande. Som styrelsens beslut gäller den mening som får flest röster; vid lika röstetal har ordföranden utslagsröst.',
      ].join('\n\n'),
    ],
    [
      'Firmateckning',
      'Föreningens firma tecknas av styrelsen. Styrelsen får uppdra åt två ledamöter i förening, eller åt ordföranden och kassören var för sig, att teckna firman.',
    ],
    ['Verksamhets- och räkenskapsår', fiscalYearText(input.fiscalYearStart)],
    [
      'Revision',
      [
        'Styrelsens förvaltning och föreningens räkenskaper granskas av en revisor som årsmötet väljer för tiden till och med nästa ordinarie årsmöte. Årsmötet väljer också en revisorssuppleant.',
        'Styrelsen ska lämna räkenskaperna, verksamhetsberättelsen och övriga handlingar till revisorn senast sex veckor före årsmötet. Revisorn ska lämna sin revisionsberättelse till styrelsen senast två veckor före årsmötet.',
      ].join('\n\n'),
    ],
    ['Valberedning', 'Årsmötet väljer en valberedning om tre personer, varav en sammankallande. Valberedningen lämnar förslag till de val som ska förrättas vid årsmötet.'],
    [
      'Årsmöte',
      [
        'Årsmötet är föreningens högsta beslutande organ. Ordinarie årsmöte hålls varje år före utgången av april månad, på tid och plats som styrelsen bestämmer.',
        'Vid ordinarie årsmöte ska följande ärenden behandlas:',
        [
          'Val av ordförande och sekreterare för mötet.',
          'Val av två personer att jämte ordföranden justera protokollet och tillika vara rösträknare.',
          'Fastställande av röstlängd.',
          'Fråga om mötet har utlysts i behörig ordning.',
          'Fastställande av dagordning.',
          'Styrelsens verksamhetsberättelse och årsredovisning för det senaste verksamhetsåret.',
          'Revisorns berättelse.',
          'Fråga om ansvarsfrihet för styrelsen.',
          'Fastställande av medlemsavgift för nästa verksamhetsår.',
          'Fastställande av verksamhetsplan och budget.',
          'Val av ordförande för ett år.',
          'Val av övriga styrelseledamöter och suppleanter.',
          'Val av revisor och revisorssuppleant.',
          'Val av valberedning.',
          'Styrelsens förslag och inkomna motioner.',
          'Övriga frågor.',
        ]
          .map((item, i) => `${i + 1}. ${item}`)
          .join('\n'),
        'Beslut i en fråga av större ekonomisk betydelse får inte fattas om frågan inte har angetts i kallelsen.',
      ].join('\n\n'),
    ],
    [
      'Kallelse och motioner',
      [
        'Kallelse till årsmöte ska skickas till medlemmarna senast fyra veckor före mötet, med e-post eller brev till den adress som medlemmen har uppgett. Kallelsen ska innehålla förslag till dagordning.',
        'Medlem som vill väcka ett ärende vid årsmötet ska lämna en skriftlig motion till styrelsen senast sex veckor före mötet. Styrelsen ska yttra sig över motionen.',
        'Verksamhetsberättelse, årsredovisning, revisionsberättelse, styrelsens förslag och inkomna motioner med styrelsens yttrande ska hållas tillgängliga för medlemmarna senast två veckor före årsmötet.',
      ].join('\n\n'),
    ],
    [
      'Extra årsmöte',
      'Styrelsen får kalla till extra årsmöte. Styrelsen ska kalla till extra årsmöte när revisorn eller minst en tiondel av medlemmarna skriftligen begär det och anger skälen.\n\nKallelse till extra årsmöte ska skickas senast två veckor före mötet. Vid extra årsmöte får endast de ärenden behandlas som angetts i kallelsen.',
    ],
    [
      'Rösträtt och beslut',
      [
        'Varje medlem som har betalat sin medlemsavgift har en röst vid årsmötet. Medlem som är juridisk person utövar sin rösträtt genom sin kontaktperson eller genom annat ombud.',
        'Medlem får företrädas av ombud med skriftlig fullmakt. Ett ombud får företräda högst en medlem utöver sig själv.',
        'Beslut fattas med enkel majoritet, utom i de fall som anges i paragraferna om ändring av stadgarna och om upplösning. Val avgörs med relativ majoritet. Omröstning sker öppet, utom vid val när någon begär sluten omröstning.',
        'Vid lika röstetal har mötesordföranden utslagsröst, utom vid val och sluten omröstning, då lotten avgör.',
      ].join('\n\n'),
    ],
    [
      'Ändring av stadgarna',
      'För ändring av dessa stadgar krävs likalydande beslut vid två på varandra följande årsmöten, varav minst ett ordinarie, med minst två tredjedelar av de avgivna rösterna vid vart och ett av mötena.\n\nFörslag till ändring av stadgarna får lämnas av styrelsen eller som motion av medlem.',
    ],
    [
      'Upplösning',
      [
        'För upplösning av föreningen krävs likalydande beslut vid två på varandra följande årsmöten, varav minst ett ordinarie, med minst två tredjedelar av de avgivna rösterna vid vart och ett av mötena.',
        'Vid upplösning ska föreningens tillgångar, sedan skulderna har betalats, användas för ett ändamål som ligger nära föreningens och som det sista årsmötet bestämmer.',
        'Föreningens räkenskaper, protokoll och övriga handlingar ska arkiveras på det sätt som det sista årsmötet bestämmer.',
      ].join('\n\n'),
    ],
  ];
  return {
    title: input.name?.trim() ? `Stadgar för ${input.name.trim()}` : 'Stadgar',
    sections: sections.map(([heading, text], i): Section => ({ id: newId(), number: String(i + 1), heading, text })),
  };
}
