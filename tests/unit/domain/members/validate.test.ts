import { describe, expect, it } from 'vitest';
import { normaliseMember, validateMember, type MemberInput } from '../../../../renderer/src/domain/members/validate';
import { emptyMember } from '../../../../renderer/src/domain/members/model';

const TODAY = new Date(2025, 5, 15);
const org = (over: Partial<MemberInput>): MemberInput => ({ ...emptyMember('organisation'), name: 'Saab AB', ...over });
const check = (m: MemberInput) => validateMember(normaliseMember(m, TODAY), TODAY);

describe('the member form', () => {
  it('accepts a complete organisation and stores its number in normal form', () => {
    const m = normaliseMember(org({ organisationNumber: ' 5560360793 ', email: 'info@saab.se', postalCode: '581 88', city: ' Linköping ' }), TODAY);
    expect(m.organisationNumber).toBe('556036-0793');
    expect(m.city).toBe('Linköping');
    expect(validateMember(m, TODAY)).toEqual({});
  });

  it('explains a wrong organisation number in Swedish', () => {
    expect(check(org({ organisationNumber: '556036-0794' })).organisationNumber).toBe('Organisationsnumret stämmer inte: kontrollsiffran stämmer inte');
  });

  it('checks a person’s personal number, samordningsnummer included', () => {
    const person = (pnr: string): MemberInput => ({ ...emptyMember('person'), name: 'Åsa Nyström', personalNumber: pnr });
    expect(check(person('811218-9876'))).toEqual({});
    expect(normaliseMember(person('811218-9876'), TODAY).personalNumber).toBe('19811218-9876');
    expect(check(person('701063-2391'))).toEqual({}); // samordningsnummer: day 63 = the 3rd
    expect(check(person('811218-9877')).personalNumber).toContain('kontrollsiffran');
  });

  it('requires a name and a date for resignation, and valid e-mail addresses for contacts', () => {
    const errors = check(org({ name: ' ', status: 'resigned', contacts: [{ id: 'a', name: '', email: 'fel@' }] }));
    expect(errors).toEqual({
      name: 'Skriv organisationens namn',
      resignedDate: 'Ange när medlemmen utträdde',
      'contacts.0.name': 'Skriv kontaktpersonens namn',
      'contacts.0.email': 'Ogiltig e-postadress – skriv den som namn@exempel.se',
    });
  });

  it('refuses a Swedish postal code without five digits, but not a foreign one', () => {
    expect(check(org({ postalCode: '4110' })).postalCode).toContain('fem siffror');
    expect(check(org({ postalCode: 'SW1A 1AA', country: 'Storbritannien' }))).toEqual({});
  });

  it('drops empty contacts and the fields that do not belong to the kind', () => {
    const m = normaliseMember(org({ personalNumber: '811218-9876', contacts: [{ id: 'a', name: '  ' }] }), TODAY);
    expect(m.personalNumber).toBeUndefined();
    expect(m.contacts).toEqual([]);
  });
});
