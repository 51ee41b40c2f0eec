import { describe, expect, it } from 'vitest';
import { memberVCard, vCardFileName } from '../../../../renderer/src/domain/members/vcard';
import { member } from './factory';

describe('vCard', () => {
  const m = member(0, { name: 'Bröderna Ågren; Data, AB', street: 'Storgatan 1', postalCode: '411 01', city: 'Göteborg', website: 'https://example.se' });
  const card = memberVCard(m, { id: 'k', name: 'Kerstin Ågren', role: 'VD', email: 'kerstin@example.se', phone: '070-123 45 67' });

  it('is a vCard 3.0 with CRLF lines, name split in family and given name', () => {
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ågren;Kerstin;;;\r\nFN:Kerstin Ågren\r\n')).toBe(true);
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('escapes semicolons and commas in the organisation', () => {
    expect(card).toContain('ORG:Bröderna Ågren\\; Data\\, AB\r\n');
    expect(card).toContain('TITLE:VD\r\nEMAIL;TYPE=INTERNET,WORK:kerstin@example.se\r\nTEL;TYPE=WORK,VOICE:070-123 45 67\r\n');
    expect(card).toContain('ADR;TYPE=WORK:;;Storgatan 1;Göteborg;;411 01;\r\n');
  });

  it('folds long lines at 75 octets without splitting å, ä or ö', () => {
    const long = memberVCard(member(1, { kind: 'person', name: 'Åsa ' + 'Öåäö'.repeat(30), contacts: [] }));
    const lines = long.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(long.replace(/\r\n /g, '')).toContain('FN:Åsa ' + 'Öåäö'.repeat(30));
  });

  it('makes a safe file name', () => {
    expect(vCardFileName('Kerstin Ågren')).toBe('Kerstin Ågren.vcf');
    expect(vCardFileName('A/B: "C"')).toBe('AB C.vcf');
  });
});
