// Realistic models for each document kind: a regional IT-industry network in Umeå.
import type { PdfOrg } from '../../../electron/services/pdf';
import type { BylawsInput } from '../../../electron/services/pdf/models/bylaws';
import type { InvoicesInput } from '../../../electron/services/pdf/models/invoice';
import type { MemberListInput } from '../../../electron/services/pdf/models/memberList';
import type { MinutesInput } from '../../../electron/services/pdf/models/minutes';
import type { NoticeInput } from '../../../electron/services/pdf/models/notice';
import type { PressReleaseInput } from '../../../electron/services/pdf/models/pressRelease';
import { dataUrl, logoPng, photoPng } from './pngs';

export const org: PdfOrg = {
  name: 'IT-nätverket Norr',
  organisationNumber: '802456-7896',
  address: 'Storgatan 12\n903 26 Umeå',
  email: 'kansli@itnorr.se',
  website: 'www.itnorr.se',
  logo: dataUrl(logoPng()),
  color: '#0e7490',
  bankgiro: '5402-9681',
  swishNumber: '123 118 11 89',
};

/** Luhn (modulus 10) check digit, as on Bankgirot OCR references. */
export function withCheckDigit(base: string): string {
  let sum = 0;
  [...base].reverse().forEach((ch, i) => {
    let v = Number(ch) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  });
  return base + String((10 - (sum % 10)) % 10);
}

export const SAMPLE_HASH = '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b';

export function minutes(over: Partial<MinutesInput> = {}): MinutesInput {
  return {
    meeting: {
      title: 'Styrelsemöte 3/2025',
      kind: 'board',
      date: '2025-03-18',
      startTime: '18:00',
      endTime: '20:15',
      locations: ['Kontoret, Storgatan 12, Umeå', 'Digitalt via Teams'],
    },
    attendees: [
      { name: 'Anna Lindqvist', role: 'ordförande', present: true },
      { name: 'Erik Johansson', role: 'kassör', present: true },
      { name: 'Sofia Berg', role: 'sekreterare', present: true },
      { name: 'Mohammed Al-Hassan', role: 'ledamot', present: true },
      { name: 'Karin Öberg', role: 'ledamot', present: true },
      { name: 'Johan Åström', role: 'suppleant', present: false },
    ],
    chair: 'Anna Lindqvist',
    secretary: 'Sofia Berg',
    adjusters: ['Karin Öberg'],
    items: [
      { number: 1, title: 'Mötets öppnande', notes: 'Ordföranden Anna Lindqvist hälsade alla välkomna och förklarade mötet öppnat kl. 18.05.', decisions: [], actions: [] },
      { number: 2, title: 'Val av justerare', decisions: ['Styrelsen beslutar att utse Karin Öberg att jämte ordföranden justera dagens protokoll.'], actions: [] },
      { number: 3, title: 'Godkännande av dagordningen', decisions: ['Styrelsen beslutar att godkänna dagordningen.'], actions: [] },
      { number: 4, title: 'Föregående protokoll', notes: 'Protokollet från styrelsemöte 2/2025 gicks igenom. Samtliga åtgärdspunkter är klara utom avtalet med Folkets Hus, som tas upp under § 6.', decisions: ['Styrelsen beslutar att lägga protokollet till handlingarna.'], actions: [] },
      {
        number: 5,
        title: 'Ekonomisk rapport',
        notes: 'Kassören redogjorde för det ekonomiska läget. Per den 28 februari uppgår föreningens likvida medel till 412 350 kr. Medlemsavgifterna för 2025 är inbetalda till 87 %; 41 medlemsföretag har ännu inte betalat.\n\nIntäkterna från sponsorer ligger i nivå med budget, medan kostnaderna för lokaler har ökat med 12 % jämfört med föregående år.',
        decisions: ['Styrelsen beslutar att skicka en påminnelse till de medlemmar som inte har betalat, med sista betalningsdag den 31 mars.'],
        actions: [{ text: 'Skicka betalningspåminnelser till medlemmar som inte har betalat årsavgiften', assignee: 'Erik Johansson', due: '2025-03-24' }],
      },
      {
        number: 6,
        title: 'Höstkonferensen Norrland Digital 2025',
        notes: 'Arbetsgruppen föreslår att konferensen hålls den 9–10 oktober på Folkets Hus i Umeå. Temat blir “AI i offentlig sektor – möjligheter och fallgropar”. Preliminära talare är kontaktade, och två av dem har redan tackat ja.',
        decisions: [
          'Styrelsen beslutar att godkänna arbetsgruppens förslag till datum och lokal.',
          'Styrelsen beslutar att ge arbetsgruppen i uppdrag att ta fram en budget till nästa möte, med en ram om högst 250 000 kr.',
        ],
        actions: [
          { text: 'Boka Folkets Hus för 9–10 oktober', assignee: 'Mohammed Al-Hassan', due: '2025-03-31' },
          { text: 'Ta fram budget för konferensen', assignee: 'Arbetsgruppen', due: '2025-04-15' },
        ],
      },
      {
        number: 7,
        title: 'Medlemsärenden',
        notes: 'Fem nya ansökningar om medlemskap har kommit in: Kodbolaget i Skellefteå AB, Norrsken Data AB, Älvdalens Molntjänster AB, Sävar IT-konsult och Öresunds Säkerhet AB (med kontor i Luleå).',
        decisions: ['Styrelsen beslutar att bevilja medlemskap för samtliga fem sökande från och med den 1 april 2025.'],
        actions: [{ text: 'Välkomna de nya medlemmarna och lägga in dem i registret', assignee: 'Sofia Berg' }],
      },
      {
        number: 8,
        title: 'Förslag till stadgeändring',
        notes: 'Styrelsen diskuterade att låta kallelse till årsmöte skickas med e-post i stället för brev, och att tillåta digitalt deltagande. Förslaget ska läggas fram för årsmötet.',
        decisions: ['Styrelsen beslutar att lägga fram förslaget till ändring av § 8 och en ny § 17 för årsmötet.'],
        actions: [],
      },
      { number: 9, title: 'Övriga frågor', notes: 'Karin Öberg informerade om att Region Västerbotten öppnar en ny utlysning för kompetensutveckling inom IT i maj. Styrelsen ser gärna att föreningen söker medel tillsammans med medlemsföretagen.', decisions: [], actions: [{ text: 'Undersöka villkoren för utlysningen', assignee: 'Karin Öberg', due: '2025-04-15' }] },
      { number: 10, title: 'Nästa möte', notes: 'Nästa styrelsemöte hålls tisdagen den 15 april 2025 kl. 18.00 på kontoret.', decisions: [], actions: [] },
      { number: 11, title: 'Mötets avslutande', notes: 'Ordföranden tackade för ett givande möte och förklarade mötet avslutat kl. 20.12.', decisions: [], actions: [] },
    ],
    status: 'adjusted',
    contentHash: SAMPLE_HASH,
    ...over,
  };
}

export function pressRelease(over: Partial<PressReleaseInput> = {}): PressReleaseInput {
  return {
    date: '2025-09-02',
    headline: 'Rekordintresse för Norrland Digital – 600 deltagare till Umeå i oktober',
    lead: 'Höstens stora IT-konferens i norr är redan fullbokad. När Norrland Digital arrangeras för sjätte gången den 9–10 oktober samlas 600 deltagare från näringsliv, kommuner och regioner på Folkets Hus i Umeå för att diskutera hur AI kan användas i offentlig sektor.',
    body: [
      { type: 'paragraph', text: 'Konferensen arrangeras av IT-nätverket Norr, som samlar 312 medlemsföretag i Västerbotten och Norrbotten. Intresset har aldrig varit större: biljetterna tog slut på tolv dagar, jämfört med sex veckor förra året.' },
      { type: 'quote', text: 'Vi ser att frågorna om AI har gått från att handla om teknik till att handla om förtroende. Kommunerna vill veta hur de kan använda AI utan att tumma på rättssäkerheten, och det är precis den diskussionen vi vill ha i Umeå.', name: 'Anna Lindqvist', title: 'ordförande i IT-nätverket Norr' },
      { type: 'heading', text: 'Tre spår och ett öppet forum' },
      { type: 'paragraph', text: 'Programmet är uppdelat i tre spår: AI i handläggning, säkerhet och integritet samt kompetensförsörjning. Under fredagen hålls dessutom ett öppet forum där studenter från Umeå universitet och Luleå tekniska universitet möter rekryterande företag.\n\nSamtliga föreläsningar filmas och publiceras på föreningens webbplats efter konferensen.' },
      { type: 'image', src: dataUrl(photoPng()), caption: 'Folkets Hus i Umeå, där Norrland Digital hålls den 9–10 oktober. Foto: IT-nätverket Norr' },
      { type: 'quote', text: '“För oss som mindre kommun är det här det enda stället där vi träffar både leverantörer och andra kommuner på samma dag.”', name: 'Lars Öhman', title: 'IT-chef, Vindelns kommun' },
      { type: 'paragraph', text: 'Konferensen genomförs med stöd från Region Västerbotten och Europeiska regionala utvecklingsfonden.' },
    ],
    about: {
      heading: 'Om IT-nätverket Norr',
      text: 'IT-nätverket Norr är en ideell förening för IT-branschen i Västerbotten och Norrbotten. Föreningen grundades 2012 och har i dag 312 medlemsföretag med tillsammans över 9 000 anställda. Vi arbetar för kompetensförsörjning, samverkan mellan näringsliv och akademi, och för att göra Norrland till en självklar plats för digital innovation.',
    },
    contacts: [
      { name: 'Anna Lindqvist', role: 'ordförande', phone: '070-123 45 67', email: 'anna.lindqvist@itnorr.se' },
      { name: 'Lisa Nyström', role: 'kommunikatör', phone: '073-987 65 43', email: 'press@itnorr.se' },
    ],
    ...over,
  };
}

export function invoice(i: number, over: Partial<InvoicesInput['invoices'][number]> = {}): InvoicesInput['invoices'][number] {
  const memberNumber = 100 + i;
  return {
    invoiceNumber: `2025-${String(i + 1).padStart(4, '0')}`,
    invoiceDate: '2025-02-03',
    dueDate: '2025-03-05',
    ocr: withCheckDigit(`2025${String(memberNumber).padStart(5, '0')}`),
    member: {
      name: i === 0 ? 'Umeå Kodverkstad AB' : `Medlemsföretag ${memberNumber} AB`,
      memberNumber: String(memberNumber),
      addressLines: ['Att: Ekonomiavdelningen', 'Box 1234', '901 21 Umeå'],
      organisationNumber: '556677-8899',
    },
    lines: [
      { text: 'Medlemsavgift 2025, kategori Medelstort företag (10–49 anställda)', amountOre: 450000 },
      { text: 'Serviceavgift Norrland Digital 2025 – medlemspris', amountOre: 50000 },
    ],
    totalOre: 500000,
    paymentTerms: '30 dagar netto',
    reference: 'Maria Holm',
    note: 'Tack för att ni är medlemmar i IT-nätverket Norr! Avgiften gäller kalenderåret 2025.',
    ...over,
  };
}

export function invoices(n: number): InvoicesInput {
  return { invoices: Array.from({ length: n }, (_, i) => invoice(i)) };
}

const first = ['Anna', 'Erik', 'Sofia', 'Mohammed', 'Karin', 'Johan', 'Lisa', 'Lars', 'Åsa', 'Björn', 'Elin', 'Göran', 'Maja', 'Ömer', 'Ingrid'];
const last = ['Lindqvist', 'Johansson', 'Berg', 'Al-Hassan', 'Öberg', 'Åström', 'Nyström', 'Öhman', 'Sjödin', 'Wikström', 'Holm', 'Näslund'];
const cities = ['Umeå', 'Skellefteå', 'Luleå', 'Piteå', 'Lycksele', 'Örnsköldsvik', 'Kiruna', 'Vännäs'];
const categories = ['Litet företag', 'Medelstort företag', 'Stort företag', 'Enskild firma', 'Hedersmedlem'];

export function memberList(n: number, over: Partial<MemberListInput> = {}): MemberListInput {
  return {
    title: 'Medlemsförteckning 2025',
    generated: '2025-03-12',
    members: Array.from({ length: n }, (_, i) => {
      const contact = `${first[i % first.length]} ${last[(i * 7) % last.length]}`;
      const company = i % 4 === 3 ? contact : `${last[(i * 5) % last.length]}s Data & Säkerhet AB`;
      return {
        memberNumber: String(1001 + i),
        name: company,
        category: categories[i % categories.length],
        email: `${contact.toLowerCase().replace(/ /g, '.').replace(/[åä]/g, 'a').replace(/ö/g, 'o')}@foretag${i}.se`,
        phone: `070-${String(100 + (i % 900)).padStart(3, '0')} ${String(10 + (i % 90))} ${String(10 + ((i * 3) % 90))}`,
        city: cities[i % cities.length],
      };
    }),
    ...over,
  };
}

export function bylawsClean(): BylawsInput {
  return {
    mode: 'clean',
    title: 'Stadgar för IT-nätverket Norr',
    sections: [
      { chapter: 'Allmänna bestämmelser', number: 1, heading: 'Namn', text: 'Föreningens namn är IT-nätverket Norr. Föreningen är en ideell förening.' },
      { chapter: 'Allmänna bestämmelser', number: 2, heading: 'Ändamål', text: 'Föreningen har till ändamål att främja IT-branschens utveckling i Västerbotten och Norrbotten, att verka för kompetensförsörjning och att vara en mötesplats för företag, offentlig sektor och akademi.\n\nFöreningen är partipolitiskt och religiöst obunden.' },
      { chapter: 'Allmänna bestämmelser', number: 3, heading: 'Säte', text: 'Föreningen har sitt säte i Umeå kommun.' },
      { chapter: 'Medlemskap', number: 4, heading: 'Medlemskap', text: 'Medlemskap kan beviljas företag, myndigheter och organisationer med verksamhet inom IT-området i Västerbotten eller Norrbotten. Ansökan om medlemskap prövas av styrelsen.' },
      { chapter: 'Medlemskap', number: 5, heading: 'Medlemsavgift', text: 'Medlemsavgiftens storlek fastställs av årsmötet för nästkommande år och kan variera mellan medlemskategorier. Avgiften ska vara betald senast den 31 mars.' },
      { chapter: 'Medlemskap', number: 6, heading: 'Utträde och uteslutning', text: 'Medlem som vill utträda ur föreningen ska skriftligen anmäla detta till styrelsen. Medlem som inte har betalat medlemsavgift inom tre månader efter påminnelse anses ha utträtt ur föreningen.\n\nMedlem som motarbetar föreningens ändamål eller skadar dess intressen kan uteslutas av styrelsen. Medlemmen ska ges tillfälle att yttra sig inom 14 dagar innan beslut fattas.' },
      { chapter: 'Årsmöte', number: 7, heading: 'Årsmöte', text: 'Ordinarie årsmöte hålls före utgången av mars månad. Extra årsmöte hålls när styrelsen eller revisorerna anser att det behövs, eller när minst en tiondel av medlemmarna skriftligen begär det.' },
      { chapter: 'Årsmöte', number: 8, heading: 'Kallelse', text: 'Kallelse till årsmöte ska skickas till medlemmarna med e-post senast fyra veckor före mötet. Förslag till dagordning, verksamhetsberättelse och styrelsens förslag ska finnas tillgängliga senast två veckor före mötet.' },
      {
        chapter: 'Årsmöte',
        number: 9,
        heading: 'Ärenden vid årsmötet',
        text: 'Vid ordinarie årsmöte ska följande ärenden behandlas:\n1. Val av ordförande och sekreterare för mötet.\n2. Val av två justerare tillika rösträknare.\n3. Fråga om mötet har utlysts på rätt sätt.\n4. Fastställande av dagordning.\n5. Styrelsens verksamhetsberättelse och årsredovisning.\n6. Revisorernas berättelse.\n7. Fråga om ansvarsfrihet för styrelsen.\n8. Fastställande av medlemsavgift.\n9. Val av ordförande, styrelseledamöter, revisorer och valberedning.\n10. Behandling av styrelsens förslag och inkomna motioner.',
      },
      { chapter: 'Årsmöte', number: 10, heading: 'Rösträtt', text: 'Varje medlem har en röst. Rösträtt får utövas genom ombud med skriftlig fullmakt. Ett ombud får företräda högst en medlem. Beslut fattas med enkel majoritet utom i de fall som anges i § 15 och § 16.' },
      { chapter: 'Styrelse', number: 11, heading: 'Styrelse', text: 'Föreningens angelägenheter sköts av en styrelse som består av ordförande och fyra till sex övriga ledamöter samt högst två suppleanter. Ordföranden väljs för ett år och övriga ledamöter för två år.' },
      { chapter: 'Styrelse', number: 12, heading: 'Firmateckning', text: 'Föreningens firma tecknas av ordföranden och kassören var för sig, eller av de personer som styrelsen utser.' },
      { chapter: 'Ekonomi och revision', number: 13, heading: 'Räkenskapsår', text: 'Föreningens räkenskapsår är kalenderår.' },
      { chapter: 'Ekonomi och revision', number: 14, heading: 'Revision', text: 'Styrelsens förvaltning och föreningens räkenskaper granskas av två revisorer som väljs av årsmötet. Revisorerna ska lämna sin berättelse senast tre veckor före årsmötet.' },
      { chapter: 'Ändring av stadgar och upplösning', number: 15, heading: 'Stadgeändring', text: 'Beslut om ändring av dessa stadgar fattas av årsmötet och kräver minst två tredjedelar av de avgivna rösterna.' },
      { chapter: 'Ändring av stadgar och upplösning', number: 16, heading: 'Upplösning', text: 'Beslut om upplösning av föreningen kräver likalydande beslut vid två på varandra följande årsmöten, varav ett ordinarie, med minst två tredjedelar av de avgivna rösterna. Vid upplösning ska föreningens tillgångar användas för ett ändamål som främjar IT-utbildning i norra Sverige.' },
    ],
    history: [
      { date: '2012-04-18', decision: 'Stadgarna antogs.', meeting: 'Konstituerande möte' },
      { date: '2019-03-20', decision: 'Ändring av § 4 (medlemskap för myndigheter) och § 11 (styrelsens storlek).', meeting: 'Årsmöte 2019' },
      { date: '2025-03-18', decision: 'Ändring av § 8: kallelse skickas med e-post.', meeting: 'Årsmöte 2025' },
    ],
  };
}

export function bylawsComparison(): BylawsInput {
  return {
    mode: 'comparison',
    title: 'Förslag till ändring av stadgarna',
    date: '2025-02-18',
    proposal: 'Styrelsen föreslår att årsmötet beslutar att ändra § 8 och § 11 enligt nedan, att stryka § 12 samt att lägga till en ny § 17 om digitalt deltagande.',
    rationale: 'Nästan alla medlemmar nås i dag med e-post, och portokostnaden för kallelser uppgick förra året till 9 400 kr. Flera medlemsföretag finns i Kiruna och Haparanda och har önskat kunna delta i årsmötet digitalt.\n\nStyrelsen har också sett att arbetet blir mer robust om styrelsen får ha upp till åtta ledamöter.',
    changes: [
      {
        number: 8,
        heading: 'Kallelse',
        before: 'Kallelse till årsmöte ska skickas till medlemmarna med brev senast fyra veckor före mötet. Förslag till dagordning ska bifogas kallelsen.',
        after: 'Kallelse till årsmöte ska skickas till medlemmarna med e-post senast fyra veckor före mötet. Förslag till dagordning, verksamhetsberättelse och styrelsens förslag ska finnas tillgängliga senast två veckor före mötet.',
      },
      {
        number: 11,
        heading: 'Styrelse',
        before: 'Föreningens angelägenheter sköts av en styrelse som består av ordförande och fyra övriga ledamöter. Ordföranden väljs för ett år och övriga ledamöter för två år.',
        after: 'Föreningens angelägenheter sköts av en styrelse som består av ordförande och fyra till sex övriga ledamöter samt högst två suppleanter. Ordföranden väljs för ett år och övriga ledamöter för två år.',
      },
      { number: 12, heading: 'Arvoden', before: 'Styrelsens ledamöter arbetar utan arvode.' },
      { number: 17, heading: 'Digitalt deltagande', after: 'Styrelsen får besluta att medlemmar ska kunna delta i årsmöte digitalt. Den som deltar digitalt har samma rätt att yttra sig och rösta som den som är på plats.' },
    ],
  };
}

export function notice(over: Partial<NoticeInput> = {}): NoticeInput {
  return {
    meeting: {
      title: 'Årsmöte 2025',
      kind: 'annual',
      date: '2025-03-18',
      startTime: '18:00',
      endTime: '20:00',
      locations: ['Folkets Hus, Skolgatan 59, Umeå', 'Digitalt via Teams – länken skickas efter anmälan'],
    },
    agenda: [
      'Mötets öppnande', 'Val av ordförande och sekreterare för mötet', 'Val av två justerare tillika rösträknare',
      'Fråga om mötet har utlysts på rätt sätt', 'Fastställande av röstlängd', 'Fastställande av dagordning',
      'Styrelsens verksamhetsberättelse för 2024', 'Ekonomisk berättelse och balansräkning', 'Revisorernas berättelse',
      'Fråga om ansvarsfrihet för styrelsen', 'Fastställande av medlemsavgift för 2026', 'Styrelsens förslag till ändring av § 8 och § 11 samt ny § 17',
      'Behandling av motioner', 'Val av ordförande för ett år', 'Val av övriga styrelseledamöter', 'Val av revisorer och revisorssuppleant',
      'Val av valberedning', 'Övriga frågor', 'Mötets avslutande',
    ].map((title, i) => ({ number: i + 1, title })),
    registrationDeadline: '2025-03-11',
    text: 'Medlemmarna i IT-nätverket Norr kallas härmed till ordinarie årsmöte. Varje medlemsföretag har en röst och kan företrädas av ett ombud med skriftlig fullmakt.\n\nVerksamhetsberättelse, årsredovisning och styrelsens förslag finns på www.itnorr.se senast den 4 mars. Motioner ska ha kommit in till styrelsen senast den 25 februari. Efter mötet bjuder föreningen på smörgåstårta – ange eventuell specialkost i anmälan.',
    signature: 'Styrelsen för IT-nätverket Norr',
    date: '2025-02-18',
    ...over,
  };
}
