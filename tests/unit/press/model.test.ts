import { describe, expect, it } from 'vitest';
import { checkRelease, newReleaseData, orgFromProfile, toPdfModel } from '../../../renderer/src/domain/press/model';
import { renderPdf } from '../../../electron/services/pdf';
import { org, release, TINY_PNG } from './fixtures';

const profile = {
  name: 'IT-nätverket Norr',
  organisationNumber: '802456-1238',
  street: 'Storgatan 12',
  postalCode: '903 26',
  city: 'Umeå',
  website: 'itnorr.se',
  color: '#0b5d4b',
  about: 'IT-nätverket Norr är en ideell förening för IT-företag i Norrland.',
  pressContacts: [{ name: 'Anna Lindqvist', role: 'ordförande', phone: '070-123 45 67', email: 'anna@itnorr.se' }],
};

describe('a new release', () => {
  it('starts with today, the boilerplate and the press contacts from the profile', () => {
    const r = newReleaseData('id1', '2025-09-02', profile);
    expect(r).toMatchObject({ seriesId: 'id1', version: 1, status: 'draft', date: '2025-09-02', headline: '', body: [] });
    expect(r.aboutHeading).toBe('Om IT-nätverket Norr');
    expect(r.aboutText).toBe(profile.about);
    expect(r.contacts).toEqual([{ name: 'Anna Lindqvist', role: 'ordförande', phone: '070-123 45 67', email: 'anna@itnorr.se' }]);
  });

  it('still starts without a profile', () => {
    const r = newReleaseData('id1', '2025-09-02', undefined);
    expect(r.aboutHeading).toBe('Om föreningen');
    expect(r.contacts).toEqual([]);
  });

  it('gives the documents the association with its address on one line', () => {
    expect(orgFromProfile(profile)).toEqual({ name: 'IT-nätverket Norr', organisationNumber: '802456-1238', address: 'Storgatan 12, 903 26 Umeå', website: 'itnorr.se', color: '#0b5d4b' });
  });
});

describe('checks before a release leaves the house', () => {
  it('passes a complete release', () => {
    expect(checkRelease(release(), org)).toEqual([]);
  });

  it('names what is missing', () => {
    const r = release({
      headline: ' ',
      lead: '',
      embargo: '2025-02-30T08:00',
      body: [{ id: 'q', type: 'quote', text: 'Bra dag.', name: '', title: 'VD' }],
      contacts: [{ name: '', role: 'presschef', phone: '', email: '' }],
    });
    expect(checkRelease(r, { name: '' }).map((p) => p.code)).toEqual(['noOrgName', 'noHeadline', 'noLead', 'badEmbargo', 'quoteNoName', 'contactNoName']);
  });
});

describe('the PDF model', () => {
  it('carries what prints and drops what does not', () => {
    const m = toPdfModel(release());
    expect(m.body.map((b) => b.type)).toEqual(['paragraph', 'quote', 'heading', 'image']);
    expect(m.body[3]).toEqual({ type: 'image', src: TINY_PNG, caption: 'Anna Lindqvist. Foto: Per Ek' });
    expect(m.about).toEqual({ heading: 'Om IT-nätverket Norr', text: expect.stringContaining('312 medlemsföretag') });
    expect(m.contacts).toEqual([
      { name: 'Anna Lindqvist', role: 'ordförande', phone: '070-123 45 67', email: 'anna@itnorr.se' },
      { name: 'Lars Öhman', role: 'kommunikatör', phone: undefined, email: 'press@itnorr.se' },
    ]);
  });

  it('is accepted by the PDF renderer, which prints the headline and the quote', async () => {
    const bytes = await renderPdf({ kind: 'press-release', org, data: toPdfModel(release()) });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
  });
});
