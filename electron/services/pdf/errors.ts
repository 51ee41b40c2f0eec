// Invalid PDF models become one Swedish sentence the user can act on. The path of the problem is
// named in Swedish ("paragraf 3, rubrik saknas"), and no value from the model is quoted, since
// the model may hold member data and the message travels over IPC and may end up in a log.
import { z } from 'zod';
import { KansliServiceError } from '../../api';

export type PdfKind = 'minutes' | 'press-release' | 'invoice' | 'member-list' | 'bylaws' | 'notice' | 'register-extract' | 'attendance-list';

const documentName: Record<PdfKind, string> = {
  minutes: 'Protokollet',
  'press-release': 'Pressmeddelandet',
  invoice: 'Fakturan',
  'member-list': 'Medlemslistan',
  bylaws: 'Stadgarna',
  notice: 'Kallelsen',
  'register-extract': 'Registerutdraget',
  'attendance-list': 'Närvarolistan',
};

/** Thrown by renderPdf when the request cannot become a document; `issues` lists every problem. */
export class PdfModelError extends KansliServiceError {
  override readonly name = 'PdfModelError';
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super('invalid-payload', message);
  }
}

export function unknownKindError(): PdfModelError {
  return new PdfModelError('Okänd dokumenttyp: PDF kan skapas för protokoll, pressmeddelanden, fakturor, medlemslistor, stadgar, kallelser och närvarolistor.');
}

export function modelError(kind: PdfKind, issues: string[]): PdfModelError {
  const shown = issues.slice(0, 3).join('; ');
  const more = issues.length > 3 ? ` (och ${issues.length - 3} fel till)` : '';
  return new PdfModelError(`${documentName[kind]} kunde inte skapas eftersom uppgifterna är ofullständiga: ${shown}${more}.`, issues);
}

export function problemError(kind: PdfKind, problem: string): PdfModelError {
  return new PdfModelError(`${documentName[kind]} kunde inte skapas: ${problem}`, [problem]);
}

const fieldNames: Record<string, string> = {
  org: 'föreningen', name: 'namn', organisationNumber: 'organisationsnummer', address: 'adress',
  email: 'e-post', website: 'webbplats', bankgiro: 'bankgiro', swishNumber: 'Swishnummer',
  meeting: 'mötet', title: 'rubrik', kind: 'typ', date: 'datum', startTime: 'starttid', endTime: 'sluttid',
  locations: 'plats', attendees: 'deltagare', role: 'roll', present: 'närvaro', chair: 'ordförande',
  secretary: 'sekreterare', adjusters: 'justerare', items: 'paragraf', number: 'nummer', notes: 'anteckningar',
  decisions: 'beslut', actions: 'åtgärd', text: 'text', assignee: 'ansvarig', due: 'klart senast',
  status: 'status', contentHash: 'kontrollsumma', headline: 'rubrik', lead: 'ingress', body: 'stycke',
  type: 'typ', src: 'bild', caption: 'bildtext', about: '”Om föreningen”', heading: 'rubrik', contacts: 'kontakt',
  phone: 'telefon', invoices: 'faktura', invoiceNumber: 'fakturanummer', invoiceDate: 'fakturadatum',
  dueDate: 'förfallodatum', ocr: 'OCR-nummer', member: 'mottagare', memberNumber: 'medlemsnummer',
  addressLines: 'adressrad', lines: 'fakturarad', amountOre: 'belopp', totalOre: 'att betala',
  paymentTerms: 'betalningsvillkor', reminderCount: 'påminnelsenummer', reference: 'referens', note: 'meddelande',
  creditsInvoiceNumber: 'krediterad faktura', generated: 'utskriftsdatum', columns: 'kolumner', members: 'medlem',
  category: 'kategori', city: 'ort', mode: 'typ', sections: 'paragraf', chapter: 'kapitel', history: 'historik',
  decision: 'beslut', proposal: 'förslag', rationale: 'motivering', changes: 'ändring', before: 'nuvarande lydelse',
  after: 'föreslagen lydelse', agenda: 'dagordningspunkt', registrationDeadline: 'sista anmälningsdag',
  signature: 'undertecknare', data: 'uppgifterna',
  places: 'plats', people: 'deltagare', organisation: 'organisation', lunch: 'lunch', diet: 'specialkost',
  attended: 'närvaro', votingRegister: 'röstlängd', voters: 'röst', representative: 'ombud', preliminary: 'preliminär',
};

/** ['items', 2, 'title'] -> "paragraf 3, rubrik". */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      const last = parts.pop() ?? 'rad';
      parts.push(`${last} ${key + 1}`);
    } else {
      const k = String(key);
      parts.push(fieldNames[k] ?? k);
    }
  }
  return parts.join(', ');
}

function expectedWord(expected: unknown): string {
  switch (expected) {
    case 'string': return 'ska vara text';
    case 'number': case 'int': return 'ska vara ett tal';
    case 'boolean': return 'ska vara ja eller nej';
    case 'array': return 'ska vara en lista';
    default: return 'har fel format';
  }
}

/** Per-parse error map: Swedish messages for the issues zod raises on its own. */
export const swedishIssue: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined || iss.input === null ? 'saknas' : expectedWord(iss.expected);
    case 'too_small':
      if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? 'får inte vara tom' : `är för kort (minst ${iss.minimum} tecken)`;
      if (iss.origin === 'array') return Number(iss.minimum) <= 1 ? 'måste ha minst en rad' : `måste ha minst ${iss.minimum} rader`;
      return `måste vara minst ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'string') return `är för lång (högst ${iss.maximum} tecken)`;
      if (iss.origin === 'array') return `får ha högst ${iss.maximum} rader`;
      return `får vara högst ${iss.maximum}`;
    case 'invalid_value':
      return 'har ett ogiltigt värde';
    case 'invalid_union': {
      // For "empty or a date", say what was wrong with it as a date, not that no option matched.
      const nested = iss.errors.flat().find((e) => e.code !== 'invalid_value' && e.message);
      return nested?.message ?? 'har ett okänt format';
    }
    case 'invalid_format':
      return 'har fel format';
    default:
      return 'är ogiltig';
  }
};

/** One line per issue, e.g. "paragraf 3, rubrik saknas"; `subject` names the part of the request. */
export function describeIssues(error: z.ZodError, subject?: string): string[] {
  return error.issues.map((i) => {
    const where = [subject, describePath(i.path)].filter(Boolean).join(', ') || 'uppgifterna';
    return `${where} ${i.message}`;
  });
}
