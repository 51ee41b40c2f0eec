// Which CSV column holds which member field, judged from the header row. Treasurers' files come
// from Excel, Google Sheets, old member systems and bank exports, in Swedish or English, so the
// header is compared after folding case, spaces, punctuation and diacritics ("E-post", "e post",
// "Epost" and "E-POST" are one name; so are "Inträdesdatum" and "Intradesdatum").
import type { ColumnMapping, MemberField } from './types';

/** Swedish names of the fields, for the import preview and as the export's header row. */
export const FIELD_LABELS: Record<MemberField, string> = {
  kind: 'Typ',
  name: 'Namn',
  firstName: 'Förnamn',
  lastName: 'Efternamn',
  organisationNumber: 'Organisationsnummer',
  personalNumber: 'Personnummer',
  identityNumber: 'Person-/organisationsnummer',
  email: 'E-post',
  phone: 'Telefon',
  street: 'Gatuadress',
  postalCode: 'Postnummer',
  city: 'Ort',
  postalAddress: 'Postadress (postnummer och ort)',
  country: 'Land',
  invoiceEmail: 'Faktura-e-post',
  website: 'Webbplats',
  category: 'Kategori',
  memberNumber: 'Medlemsnummer',
  status: 'Status',
  joinedDate: 'Medlem sedan',
  tags: 'Taggar',
  contactName: 'Kontaktperson',
  contactEmail: 'Kontaktpersonens e-post',
  contactPhone: 'Kontaktpersonens telefon',
  notes: 'Anteckningar',
  consentDirectory: 'Samtycke medlemsförteckning',
  consentNewsletter: 'Samtycke nyhetsbrev',
};

// The same fields for an officer who uses Kansli in English; the file's own headers stay as they are.
const FIELD_LABELS_EN: Record<MemberField, string> = {
  kind: 'Type',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  organisationNumber: 'Organisation number',
  personalNumber: 'Personal identity number',
  identityNumber: 'Personal or organisation number',
  email: 'E-mail',
  phone: 'Phone',
  street: 'Street address',
  postalCode: 'Postal code',
  city: 'City',
  postalAddress: 'Postal address (postal code and city)',
  country: 'Country',
  invoiceEmail: 'Invoice e-mail',
  website: 'Website',
  category: 'Category',
  memberNumber: 'Member number',
  status: 'Status',
  joinedDate: 'Member since',
  tags: 'Tags',
  contactName: 'Contact person',
  contactEmail: "Contact person's e-mail",
  contactPhone: "Contact person's phone",
  notes: 'Notes',
  consentDirectory: 'Consent to the member directory',
  consentNewsletter: 'Consent to newsletters',
};

/** The name of a field in the column mapping, in the officer's language. */
export function columnFieldLabel(field: MemberField, lang: 'sv' | 'en'): string {
  return (lang === 'en' ? FIELD_LABELS_EN : FIELD_LABELS)[field];
}

// Header names in folded form (see foldHeader). Ambiguous words are left out on purpose: "ID" is
// usually a row id of some other system, "Medlemstyp" more often a fee category than a kind.
const SYNONYMS: Record<MemberField, string[]> = {
  kind: ['typ', 'type', 'kind', 'medlemsform', 'juridiskform', 'persontyp'],
  name: [
    'namn', 'name', 'foretag', 'foretagsnamn', 'foretagetsnamn', 'firma', 'firmanamn', 'organisation',
    'organisationsnamn', 'organization', 'organizationname', 'organisationname', 'company', 'companyname',
    'medlem', 'medlemsnamn', 'member', 'membername', 'fulltnamn', 'fullstandigtnamn', 'fullname',
  ],
  firstName: ['fornamn', 'tilltalsnamn', 'firstname', 'givenname', 'forename'],
  lastName: ['efternamn', 'lastname', 'surname', 'familyname'],
  organisationNumber: [
    'organisationsnummer', 'organisationsnr', 'orgnr', 'orgnummer', 'orgno', 'orgnumber', 'organisationnumber',
    'organizationnumber', 'organisationno', 'organizationno', 'organisationnr', 'companynumber',
    'companyregistrationnumber', 'registrationnumber', 'corporateidentitynumber',
  ],
  personalNumber: [
    'personnummer', 'personnr', 'persnr', 'pnr', 'personalnumber', 'personalidentitynumber',
    'swedishpersonalidentitynumber', 'personalidnumber', 'samordningsnummer',
  ],
  identityNumber: [
    'personorganisationsnummer', 'personellerorganisationsnummer', 'organisationspersonnummer',
    'orgnrpersonnr', 'personnrorgnr', 'pnrorgnr', 'orgnrpnr', 'persnrorgnr', 'orgnrpersnr', 'idnummer',
    'identitetsnummer', 'identitetsbeteckning', 'identitynumber', 'idnumber',
  ],
  email: ['epost', 'epostadress', 'email', 'emailadress', 'emailaddress', 'mail', 'mailadress', 'mejl', 'mejladress'],
  phone: [
    'telefon', 'telefonnummer', 'telefonnr', 'telnr', 'tel', 'mobil', 'mobilnummer', 'mobilnr', 'mobiltelefon',
    'phone', 'phonenumber', 'telephone', 'mobile', 'mobilephone', 'cellphone',
  ],
  street: [
    'gatuadress', 'adress', 'utdelningsadress', 'besoksadress', 'adressrad1', 'address', 'streetaddress', 'street',
    'addressline1', 'address1',
  ],
  postalCode: ['postnummer', 'postnr', 'postalcode', 'zip', 'zipcode', 'postcode'],
  city: ['ort', 'postort', 'stad', 'city', 'town'],
  postalAddress: ['postadress', 'postnummerochort', 'postnrochort', 'postnrort', 'postnummerort'],
  country: ['land', 'country'],
  invoiceEmail: [
    'fakturaepost', 'fakturaepostadress', 'fakturamail', 'fakturamejl', 'epostforfaktura', 'epostfaktura',
    'invoiceemail', 'invoicemail', 'billingemail',
  ],
  website: ['webbplats', 'webbsida', 'hemsida', 'webb', 'webbadress', 'website', 'web', 'url', 'homepage', 'webpage'],
  category: [
    'kategori', 'medlemskategori', 'medlemstyp', 'avgiftskategori', 'category', 'membercategory',
    'membershipcategory', 'membershiptype', 'membertype',
  ],
  memberNumber: ['medlemsnummer', 'medlemsnr', 'mednr', 'membernumber', 'memberno', 'membershipnumber'],
  status: ['status', 'medlemsstatus', 'memberstatus', 'membershipstatus'],
  joinedDate: [
    'medlemsedan', 'intradesdatum', 'intradedatum', 'intrade', 'medlemfran', 'medlemfrom', 'startdatum',
    'joined', 'joineddate', 'datejoined', 'joindate', 'membersince', 'memberfrom',
  ],
  tags: ['taggar', 'tagg', 'etiketter', 'etikett', 'tags', 'tag', 'labels'],
  contactName: [
    'kontaktperson', 'kontakt', 'kontaktnamn', 'kontaktpersonensnamn', 'kontaktpersonnamn', 'contactperson',
    'contact', 'contactname',
  ],
  contactEmail: [
    'kontaktpersonensepost', 'kontaktpersonepost', 'kontaktepost', 'kontaktmail', 'kontaktmejl',
    'contactemail', 'contactpersonemail',
  ],
  contactPhone: [
    'kontaktpersonenstelefon', 'kontaktpersontelefon', 'kontakttelefon', 'kontakttel', 'kontaktmobil',
    'contactphone', 'contactpersonphone',
  ],
  notes: [
    'anteckningar', 'anteckning', 'noteringar', 'notering', 'kommentar', 'kommentarer', 'ovrigt', 'notes', 'note',
    'comment', 'comments', 'remarks',
  ],
  consentDirectory: [
    'samtyckemedlemsforteckning', 'samtyckematrikel', 'synligimedlemsforteckningen', 'medlemsforteckning',
    'consentdirectory', 'directoryconsent', 'showindirectory', 'listedindirectory',
  ],
  consentNewsletter: [
    'samtyckenyhetsbrev', 'nyhetsbrev', 'villhanyhetsbrev', 'newsletter', 'consentnewsletter', 'newsletterconsent',
  ],
};

const FIELD_BY_HEADER = new Map<string, MemberField>();
for (const [field, names] of Object.entries(SYNONYMS) as [MemberField, string[]][]) {
  for (const name of names) FIELD_BY_HEADER.set(name, field);
}

/** Lower case, no diacritics, letters and digits only: "Inträdes-datum " -> "intradesdatum". */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Guess the field of each column from its header. A field is given to its first column only;
 * later columns with the same meaning (a second "Telefon") are left unmapped for the user to decide.
 */
export function detectColumns(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<MemberField>();
  headers.forEach((header, index) => {
    const field = FIELD_BY_HEADER.get(foldHeader(header)) ?? null;
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[index] = field;
    } else {
      mapping[index] = null;
    }
  });
  return mapping;
}
