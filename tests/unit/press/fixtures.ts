// A real-world release: a regional IT network announcing its autumn conference.
import type { PressReleaseData, ReleaseOrg } from '../../../renderer/src/domain/press/types';

// A real 1×1 PNG: enough for checks that a picture is carried along, inline and intact.
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const org: ReleaseOrg = {
  name: 'IT-nätverket Norr',
  organisationNumber: '802456-1238',
  address: 'Storgatan 12, 903 26 Umeå',
  email: 'info@itnorr.se',
  website: 'itnorr.se',
  logo: TINY_PNG,
  color: '#0b5d4b',
};

export function release(over: Partial<PressReleaseData> = {}): PressReleaseData {
  return {
    seriesId: 's1',
    version: 1,
    status: 'draft',
    date: '2025-09-02',
    headline: 'Rekordintresse för Norrland Digital – 600 deltagare till Umeå i oktober',
    lead: 'Höstens stora IT-konferens i norr är redan fullbokad. Över 600 deltagare från företag, kommuner och högskolor möts i Umeå den 9–10 oktober.',
    body: [
      { id: 'b1', type: 'paragraph', text: 'Konferensen arrangeras av IT-nätverket Norr för sjätte året i rad.' },
      { id: 'b2', type: 'quote', text: 'Vi ser att frågorna om AI har gått från att handla om teknik till att handla om ledarskap.', name: 'Anna Lindqvist', title: 'ordförande i IT-nätverket Norr' },
      { id: 'b3', type: 'heading', text: 'Tre spår och ett öppet forum' },
      { id: 'b4', type: 'image', src: TINY_PNG, caption: 'Anna Lindqvist', credit: 'Per Ek', width: 1, height: 1 },
      { id: 'b5', type: 'paragraph', text: '' },
      { id: 'b6', type: 'image', src: '', caption: 'ej vald', credit: '' },
    ],
    aboutHeading: 'Om IT-nätverket Norr',
    aboutText: 'IT-nätverket Norr är en ideell förening för IT-företag i Norrland med 312 medlemsföretag.',
    contacts: [
      { name: 'Anna Lindqvist', role: 'ordförande', phone: '070-123 45 67', email: 'anna@itnorr.se' },
      { name: 'Lars Öhman', role: 'kommunikatör', phone: '', email: 'press@itnorr.se' },
      { name: '', role: '', phone: '', email: '' },
    ],
    ...over,
  };
}
