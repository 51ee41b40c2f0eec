import { describe, expect, it } from 'vitest';
import { anonymisePatch, canAnonymise, pastRetention, registerExtract, retentionEnds } from '../../../../renderer/src/domain/members/gdpr';
import { member } from './factory';

describe('register extract', () => {
  const m = member(3, { name: 'Berg Konsult', notes: 'Vill ha faktura i mars', consentNewsletter: true, consentDirectory: false });
  const extract = registerExtract({
    member: { ...m, createdAt: '2024-01-01T10:00:00Z', updatedAt: '2025-01-01T10:00:00Z' },
    categoryName: 'Företag 1–9 anställda',
    association: { name: 'Västsvenska IT-nätverket', organisationNumber: '802456-1238' },
    changes: [{ at: '2025-01-01T10:00:00Z', userName: 'Karin Lindqvist', kind: 'update', fields: ['phone', 'consentNewsletter'] }],
    generatedAt: '2025-06-15T12:00:00Z',
  });

  it('holds every field under a readable Swedish name, the category by name', () => {
    const data = extract.Uppgifter as Record<string, unknown>;
    expect(data).toMatchObject({
      Medlemsnummer: 4, Namn: 'Berg Konsult', Kategori: 'Företag 1–9 anställda', Anteckningar: 'Vill ha faktura i mars',
      'Samtycke till nyhetsbrev': 'ja', 'Samtycke till medlemsförteckningen': 'nej',
    });
    expect(Object.keys(data)[0]).toBe('Medlemsnummer');
    expect(JSON.stringify(extract)).not.toContain('clocks');
  });

  it('names the controller, the purpose and the history of changes', () => {
    expect(extract.Personuppgiftsansvarig).toMatchObject({ Namn: 'Västsvenska IT-nätverket' });
    expect(extract.Ändringshistorik).toEqual([{ Tidpunkt: '2025-01-01T10:00:00Z', Av: 'Karin Lindqvist', Händelse: 'ändrad', Fält: ['Telefon', 'Samtycke till nyhetsbrev'] }]);
  });
});

describe('anonymisation and retention', () => {
  it('only for a member who has left, and only once', () => {
    expect(canAnonymise({ status: 'active' })).toBe(false);
    expect(canAnonymise({ status: 'resigned' })).toBe(true);
    expect(canAnonymise({ status: 'excluded', anonymisedAt: '2025-01-01T00:00:00Z' })).toBe(false);
  });

  it('removes a person’s data but keeps number, category and dates for bookkeeping', () => {
    const person = member(4, { kind: 'person', name: 'Åsa Nyström', personalNumber: '19811218-9876', status: 'resigned', resignedDate: '2024-12-31' });
    const anon = { ...person, ...anonymisePatch(person, '2025-06-15T12:00:00Z') };
    expect(anon).toMatchObject({ name: 'Anonymiserad medlem nr 5', memberNumber: 5, categoryId: person.categoryId, resignedDate: '2024-12-31', anonymisedAt: '2025-06-15T12:00:00Z', contacts: [], tags: [] });
    for (const k of ['personalNumber', 'email', 'phone', 'city', 'notes', 'organisationNumber'] as const) expect(anon[k]).toBeUndefined();
  });

  it('keeps a company’s name and number (not personal data), but not a sole trader’s', () => {
    const company = member(1, { status: 'resigned', organisationNumber: '556036-0793' });
    expect(anonymisePatch(company, 'x')).not.toHaveProperty('name');
    const sole = member(2, { name: 'Berg Konsult', status: 'resigned', organisationNumber: '19811218-9876' });
    expect(anonymisePatch(sole, 'x')).toMatchObject({ name: 'Anonymiserad medlem nr 3', organisationNumber: undefined });
  });

  it('keeps records until the end of the seventh year after the year the member left', () => {
    expect(retentionEnds('2018-03-01')).toBe('2025-12-31');
    const ms = [
      member(0, { status: 'resigned', resignedDate: '2017-06-30' }),
      member(1, { status: 'resigned', resignedDate: '2018-06-30' }),
      member(2, { status: 'active' }),
    ];
    expect(pastRetention(ms, '2025-06-15').map((m) => m.memberNumber)).toEqual([1]);
  });
});

describe('field names for people', () => {
  it('are Swedish words in the order of the member page, unknown fields kept as they are', async () => {
    const { fieldLabel, inFormOrder } = await import('../../../../renderer/src/domain/members/fieldLabels');
    expect(inFormOrder(['tags', 'phone', 'email', 'futureField'])).toEqual(['email', 'phone', 'tags', 'futureField']);
    expect(fieldLabel('consentNewsletter', 'sv')).toBe('Samtycke till nyhetsbrev');
    expect(fieldLabel('futureField', 'sv')).toBe('futureField');
  });
});
