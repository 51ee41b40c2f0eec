// How sync data reads on screen: dates in the officer's language, values shortened, field names
// in words where we know them.
import { parseClock } from '../../domain/sync/hlc';

export function formatWhen(iso: string | undefined, lang: 'sv' | 'en'): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function clockTime(clock: string): string | undefined {
  try {
    return new Date(parseClock(clock).wall).toISOString();
  } catch {
    return undefined;
  }
}

export function formatValue(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return value.startsWith('data:image/') ? '[bild]' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 1).slice(0, 400);
}

const FIELD_NAMES: Record<string, [string, string]> = {
  name: ['Namn', 'Name'],
  organisationNumber: ['Organisationsnummer', 'Organisation number'],
  street: ['Gatuadress', 'Street address'],
  postalCode: ['Postnummer', 'Postal code'],
  city: ['Postort', 'City'],
  email: ['E-post', 'Email'],
  website: ['Webbplats', 'Website'],
  logo: ['Logotyp', 'Logo'],
  color: ['Färg', 'Colour'],
  bankgiro: ['Bankgiro', 'Bankgiro'],
  swishNumber: ['Swishnummer', 'Swish number'],
  fiscalYearStart: ['Räkenskapsårets början', 'Start of financial year'],
  about: ['Om föreningen', 'About the association'],
  pressContacts: ['Presskontakter', 'Press contacts'],
  phone: ['Telefon', 'Phone'],
  title: ['Rubrik', 'Title'],
  headline: ['Rubrik', 'Headline'],
  status: ['Status', 'Status'],
  date: ['Datum', 'Date'],
  text: ['Text', 'Text'],
};

export function fieldName(field: string, lang: 'sv' | 'en'): string {
  const known = FIELD_NAMES[field];
  return known ? known[lang === 'sv' ? 0 : 1] : field;
}
