import { describe, expect, it } from 'vitest';
import { KansliServiceError } from '../../../electron/api';
import { PdfModelError, renderPdf, type PdfRequest } from '../../../electron/services/pdf';
import { invoices, minutes, notice, org, pressRelease } from './fixtures';

async function failure(request: unknown): Promise<PdfModelError> {
  const err = await renderPdf(request as PdfRequest).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PdfModelError);
  return err as PdfModelError;
}

describe('invalid PDF models', () => {
  it('names the missing field in Swedish', async () => {
    const { headline: _headline, ...data } = pressRelease();
    const err = await failure({ kind: 'press-release', org, data });
    expect(err.message).toBe('Pressmeddelandet kunde inte skapas eftersom uppgifterna är ofullständiga: rubrik saknas.');
    // The IPC layer returns a KansliServiceError's code and message to the renderer as they are.
    expect(err).toBeInstanceOf(KansliServiceError);
    expect(err.code).toBe('invalid-payload');
  });

  it('points into lists with 1-based positions', async () => {
    const data = minutes();
    data.items[2] = { ...data.items[2]!, title: '   ' };
    const err = await failure({ kind: 'minutes', org, data });
    expect(err.message).toBe('Protokollet kunde inte skapas eftersom uppgifterna är ofullständiga: paragraf 3, rubrik får inte vara tom.');
  });

  it('explains a malformed date', async () => {
    const data = notice();
    data.meeting = { ...data.meeting, date: '18/3 2025' };
    const err = await failure({ kind: 'notice', org, data });
    expect(err.message).toContain('Kallelsen kunde inte skapas');
    expect(err.message).toContain('mötet, datum har fel format (ange ÅÅÅÅ-MM-DD)');
    const bad = notice();
    bad.meeting = { ...bad.meeting, date: '2025-02-30' };
    expect((await failure({ kind: 'notice', org, data: bad })).message).toContain('datum har fel format');
    const deadline = notice({ registrationDeadline: '11/3' });
    expect((await failure({ kind: 'notice', org, data: deadline })).message).toContain('sista anmälningsdag har fel format (ange ÅÅÅÅ-MM-DD)');
  });

  it('takes an empty optional date, time or hash from a form as not given', async () => {
    const data = minutes({ status: 'draft', contentHash: '' });
    data.meeting = { ...data.meeting, startTime: '', endTime: '' };
    data.items[4] = { ...data.items[4]!, actions: [{ text: 'Skicka påminnelser', assignee: 'Erik Johansson', due: '' }] };
    await expect(renderPdf({ kind: 'minutes', org, data })).resolves.toBeInstanceOf(Uint8Array);
    await expect(renderPdf({ kind: 'notice', org, data: notice({ registrationDeadline: '', date: '' }) })).resolves.toBeInstanceOf(Uint8Array);
  });

  it('lists a few problems and counts the rest', async () => {
    const data = { invoices: invoices(5).invoices.map((i) => ({ ...i, ocr: 'ABC' })) };
    const err = await failure({ kind: 'invoice', org, data });
    expect(err.issues).toHaveLength(5);
    expect(err.message).toBe(
      'Fakturan kunde inte skapas eftersom uppgifterna är ofullständiga: faktura 1, OCR-nummer ska vara 2–25 siffror; faktura 2, OCR-nummer ska vara 2–25 siffror; faktura 3, OCR-nummer ska vara 2–25 siffror (och 2 fel till).',
    );
  });

  it('requires the association name but ignores a broken logo or colour', async () => {
    const err = await failure({ kind: 'notice', org: { ...org, name: '' }, data: notice() });
    expect(err.message).toBe('Kallelsen kunde inte skapas eftersom uppgifterna är ofullständiga: föreningen, namn får inte vara tom.');
    const bytes = await renderPdf({ kind: 'notice', org: { ...org, logo: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', color: 'lila' }, data: notice() });
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
  });

  it('refuses an unknown document kind and a request without data', async () => {
    expect((await failure({ kind: 'faktura', org, data: {} })).message).toMatch(/^Okänd dokumenttyp/);
    expect((await failure(undefined)).message).toMatch(/^Okänd dokumenttyp/);
    expect((await failure({ kind: 'minutes', org })).message).toBe('Protokollet kunde inte skapas eftersom uppgifterna är ofullständiga: uppgifterna saknas.');
  });

  it('never quotes the rejected values, which may be member data', async () => {
    const data = invoices(1);
    data.invoices[0] = { ...data.invoices[0]!, member: { ...data.invoices[0]!.member, name: 'x'.repeat(400) }, ocr: '19850412-1234' };
    const err = await failure({ kind: 'invoice', org, data });
    expect(err.message).not.toContain('xxxx');
    expect(err.message).not.toContain('19850412');
    expect(err.message).toContain('mottagare, namn är för lång (högst 300 tecken)');
  });
});
