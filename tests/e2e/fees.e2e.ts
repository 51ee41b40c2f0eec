// The treasurer's fee year: this year's fees set per category, invoices created for the ~280
// active members of an imported 300-row register, all invoices as one PDF (with the Swish code)
// and as one PDF each in a .zip, the bank's BgMax file read (most paid, two wrong amounts, one
// of them too much, one unknown reference), the unknown one matched by hand, the same file read
// again without effect, reminders for the rest, the surplus paid back and carried on, an
// invoice credited with its credit note, and the SIE export with the association's accounts.
// Bad input: a file that is not BgMax, and a truncated BgMax file that registers nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { goTo, Profile, screenshot, tempDir } from './harness';
import { registerCsvText, windows1252 } from '../fixtures/members/register';
import { writeBgMax } from '../unit/domain/fees/bgmaxWriter';
import { decodeCp437 } from '../../renderer/src/domain/fees/cp437';

const profile = new Profile();
afterAll(async () => {
  await profile.stop().catch(() => undefined);
});

const dir = tempDir('fees-');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const year = new Date().getFullYear();

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}

function pdfPages(path: string, name: string, last = 2): void {
  const pngDir = join('tests/.tmp/screens', name);
  mkdirSync(pngDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(last), path, join(pngDir, 'sida')]);
}

type Row = { number: string; member: string; ocr: string; amount: string };

describe("the treasurer's fee year", () => {
  let page: Page;
  let invoices: Row[] = [];

  it('imports a register and sets this year’s fees, with a due date already passed', async () => {
    page = await profile.start();
    await goTo(page, 'Inställningar');
    await page.getByLabel('Föreningens namn').fill('Västsvenska IT-nätverket');
    await page.getByLabel('Bankgironummer').fill('5050-1055');
    await page.getByLabel('Swishnummer').fill('123 118 11 89');
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await page.getByText('Sparat').first().waitFor();

    await goTo(page, 'Medlemmar');
    await page.getByRole('link', { name: 'Importera', exact: true }).first().click();
    await page.locator('#members-import-file').setInputFiles(file('register.csv', windows1252(registerCsvText())));
    await page.getByRole('button', { name: /^Importera \d+ rader$/ }).click();
    await page.getByRole('heading', { name: 'Importen är klar' }).waitFor();

    await goTo(page, 'Avgifter');
    await page.getByText('Sätt årets avgifter först').waitFor();
    await page.getByRole('link', { name: 'Årets avgifter' }).first().click();
    await page.getByRole('heading', { name: `Avgifter för ${year}` }).waitFor();
    await page.getByLabel('Fakturadatum').fill(`${year}-01-15`);
    await page.getByLabel('Förfallodag').fill(`${year}-01-10`);
    await page.getByLabel('Företag 1–9 anställda – Avgift (kr)').fill('1 200');
    await page.getByLabel('Privatperson – Avgift (kr)').fill('tre hundra');
    await page.getByRole('button', { name: 'Spara avgifterna' }).click();
    await page.getByText('Förfallodagen ligger före fakturadatum.').waitFor();
    await page.getByText('Skriv beloppet i kronor').waitFor();
    await page.getByLabel('Förfallodag').fill(`${year}-02-14`);
    await page.getByLabel('Privatperson – Avgift (kr)').fill('300');
    await page.getByText('Hedersmedlem: Hedersmedlemmar – ingen avgift').waitFor();
    await page.getByRole('button', { name: 'Spara avgifterna' }).click();
    await page.getByText(`Avgifterna för ${year} är sparade.`).waitFor();
    await screenshot(page, 'fees-01-arsavgifter');
  }, 120_000);

  it('creates one member’s invoice, then the rest in one go, never a second for the same member', async () => {
    await page.getByRole('link', { name: 'Fakturor', exact: true }).click();
    const hint = page.getByText(/aktiva medlemmar saknar faktura/);
    await hint.waitFor();
    const toBill = Number(/(\d+) aktiva/.exec((await hint.textContent()) ?? '')![1]);
    expect(toBill).toBeGreaterThan(250);
    // One member first (say, a new member mid-year), then everyone else in one go.
    const one = page.getByLabel('En medlem');
    await one.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Skapa faktura', exact: true }).click();
    await page.getByText('Skapade fakturor: 1.').waitFor();
    await page.getByText(`${toBill - 1} aktiva medlemmar saknar faktura`).waitFor();
    await page.getByRole('button', { name: 'Skapa årets fakturor' }).click();
    await page.getByText(`Skapade fakturor: ${toBill - 1}. Redan fakturerade: 1.`).waitFor({ timeout: 60_000 });
    await page.getByText(`Alla aktiva medlemmar som ska betala har en faktura för ${year}.`).waitFor();
    await screenshot(page, 'fees-02-fakturor');
    invoices = await page.getByRole('table', { name: `Fakturor ${year}` }).locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const c = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        return { number: tr.querySelector('td a')?.textContent ?? '', member: c[1]!, ocr: c[2]!, amount: c[3]! };
      }),
    );
    expect(invoices).toHaveLength(toBill);
    expect(invoices[0]!.number).toBe(`${year}0001`);
    expect(new Set(invoices.map((i) => i.ocr)).size).toBe(toBill);
  }, 120_000);

  it('exports all invoices as one PDF with each OCR reference', async () => {
    const pdf = await download(page, () => page.getByRole('button', { name: 'Alla fakturor som PDF' }).click());
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const inv of [invoices[0]!, invoices[100]!, invoices[invoices.length - 1]!]) expect(text).toContain(inv.ocr);
    expect(text).toContain('Västsvenska IT-nätverket');
    // The Swish number is set, so every invoice carries a code to pay with.
    expect(text.split('Betala med Swish').length - 1).toBe(invoices.length);
    expect(text).toContain('Swish 123 118 11 89');
    pdfPages(pdf, 'fees-pdf-fakturor');
  }, 180_000);

  it('exports one PDF per invoice in a .zip, named for e-mailing, and can be cancelled', async () => {
    await page.getByRole('button', { name: 'En PDF per faktura (.zip)' }).click();
    await page.getByText(/Skapar PDF:er … \d+ av \d+/).waitFor();
    await screenshot(page, 'fees-02a-zip-pagar');
    await page.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await page.getByText('Avbrutet – ingen fil sparades.').waitFor({ timeout: 60_000 });
    const zip = await download(page, () => page.getByRole('button', { name: 'En PDF per faktura (.zip)' }).click());
    expect(zip.endsWith(`fakturor-${year}.zip`)).toBe(true);
    await page.getByText(`${invoices.length} fakturor sparade, en PDF var, i fakturor-${year}.zip.`).waitFor();
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const names = Object.keys(files);
    expect(names).toHaveLength(invoices.length);
    const first = `Faktura ${invoices[0]!.number} ${invoices[0]!.member}.pdf`;
    expect(names).toContain(first);
    const one = join(dir, 'en-faktura.pdf');
    writeFileSync(one, files[first]!);
    const text = execFileSync('pdftotext', ['-layout', one, '-'], { encoding: 'utf8' });
    expect(text).toContain(invoices[0]!.ocr);
    expect(text).not.toContain(invoices[1]!.ocr);
    pdfPages(one, 'fees-pdf-zip-en', 1);
  }, 300_000);

  it('refuses a file that is not BgMax, and shows the errors of a truncated one', async () => {
    await page.getByRole('link', { name: 'Betalningar', exact: true }).click();
    await page.locator('#fees-bgmax-file').setInputFiles(file('kontoutdrag.csv', 'Datum;Belopp\n2026-03-01;300\n'));
    await page.getByRole('alert').filter({ hasText: 'kontoutdrag.csv är ingen BgMax-fil' }).waitFor();
    const full = writeBgMax([{ bankgiro: '50501055', paymentDate: `${year}-03-01`, payments: [{ reference: invoices[0]!.ocr, amountOre: 100, payerName: 'X' }] }]);
    const cut = full.split('\n').slice(0, -2).join('\n');
    await page.locator('#fees-bgmax-file').setInputFiles(file('avbruten.txt', cut));
    await page.getByRole('alert').filter({ hasText: 'Filen har fel' }).filter({ hasText: 'Slutposten (70) saknas' }).waitFor();
    // Nothing is registered until the treasurer explicitly asks for the valid part only.
    const validOnly = page.getByRole('button', { name: /^Registrera bara de giltiga betalningarna \(1 st, 1,00\skr\)$/ });
    expect(await validOnly.isDisabled()).toBe(true);
    await page.getByLabel(/Jag har läst felen \(\d+ st\) och vill registrera bara de giltiga betalningarna/).check();
    expect(await validOnly.isEnabled()).toBe(true);
    await screenshot(page, 'fees-03a-bgmax-fel');
    await page.getByRole('button', { name: 'Avbryt – registrera ingenting' }).click();
    await page.getByText('Ingenting registrerades.').waitFor();
    await page.getByText('Inga betalningar registrerade ännu.').waitFor();
  }, 60_000);

  it('reads the bank file: matched, wrong amounts and an unknown reference, and registers after confirming', async () => {
    const ore = (s: string) => Number(s.replace(/[^\d]/g, ''));
    const paying = invoices.slice(0, invoices.length - 6);
    const payments = paying.map((inv, i) => ({
      reference: inv.ocr,
      amountOre: i === 3 ? ore(inv.amount) - 10_000 : i === 7 ? ore(inv.amount) + 5_000 : ore(inv.amount),
      payerName: inv.member.slice(0, 35),
    }));
    const last = invoices[invoices.length - 1]!;
    payments.push({ reference: '1234567897', amountOre: ore(last.amount), payerName: 'Okänd betalare' });
    const bgmax = file('BGMAX.txt', writeBgMax([{ bankgiro: '50501055', paymentDate: `${year}-03-01`, payments }]));

    await page.locator('#fees-bgmax-file').setInputFiles(bgmax);
    await page.getByText(`${payments.length} betalningar i filen`).waitFor();
    const results = page.getByRole('table', { name: 'BGMAX.txt' });
    await expect(results.getByText('Fel belopp').count()).resolves.toBe(2);
    await expect(results.getByText('Okänd referens').count()).resolves.toBe(1);
    await expect(results.getByText('Stämmer').count()).resolves.toBe(paying.length - 2);
    await screenshot(page, 'fees-03-bgmax');
    await page.getByRole('button', { name: `Registrera ${payments.length} betalningar` }).click();
    await page.getByText(`${payments.length} betalningar registrerade.`).waitFor();

    // The unknown reference, matched by hand to the invoice it was meant for.
    const unmatched = page.getByRole('table', { name: 'Omatchade betalningar' });
    await unmatched.getByText('1234567897').waitFor();
    const select = page.getByLabel('Koppla till faktura 1234567897');
    const option = await select.locator('option', { hasText: last.number }).getAttribute('value');
    await select.selectOption(option!);
    await page.getByRole('button', { name: 'Koppla', exact: true }).click();
    await page.getByText('Inga omatchade betalningar.').waitFor();
    await screenshot(page, 'fees-04-betalningar');

    // The same file again: nothing new.
    await page.locator('#fees-bgmax-file').setInputFiles(bgmax);
    await page.getByRole('table', { name: 'BGMAX.txt' }).getByText('Redan inläst').first().waitFor();
    await expect(page.getByRole('table', { name: 'BGMAX.txt' }).getByText('Redan inläst').count()).resolves.toBe(payments.length);
    await page.getByRole('button', { name: 'Registrera 0 betalningar' }).waitFor();
    expect(await page.getByRole('button', { name: 'Registrera 0 betalningar' }).isDisabled()).toBe(true);
  }, 120_000);

  it('shows the overview and prints reminders for the overdue', async () => {
    await page.getByRole('link', { name: 'Fakturor', exact: true }).click();
    await page.getByText('6 förfallna').waitFor(); // 5 never paid, 1 paid short
    await page.getByText('Per kategori').click();
    await page.getByRole('cell', { name: /^Företag 1–9 anställda/ }).waitFor();
    await page.getByLabel('Visa').selectOption('overdue');
    await screenshot(page, 'fees-05-oversikt');
    const pdf = await download(page, () => page.getByRole('button', { name: 'Påminnelser för förfallna (PDF)' }).click());
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/PÅMINNELSE|Påminnelse/);
    expect(text).toContain(invoices[invoices.length - 2]!.ocr);
    pdfPages(pdf, 'fees-pdf-paminnelser', 1);
    await page.getByRole('table', { name: `Fakturor ${year}` }).locator('tbody tr').first().locator('td').nth(7).filter({ hasText: /\d+/ }).waitFor();
  }, 120_000);

  it('the member list finds who owes this year’s fee, and a member’s page shows the invoice', async () => {
    await goTo(page, 'Medlemmar');
    await page.getByLabel('Avgift i år').selectOption('unpaid');
    await page.getByText(/^Visar 6 av \d+$/).waitFor();
    await screenshot(page, 'fees-08-medlemmar-obetald');
    await page.getByRole('row').nth(1).getByRole('link').first().click();
    const fees = page.getByRole('region', { name: 'Avgifter' });
    await fees.getByText(`Faktura ${year}`, { exact: false }).first().waitFor();
    await fees.getByText('Förfallen').first().waitFor();
    await screenshot(page, 'fees-09-medlemssida-avgifter');
    await goTo(page, 'Avgifter');
    await page.getByRole('link', { name: 'Fakturor', exact: true }).click();
  }, 120_000);

  it('registers a payment by hand, corrects it with a reversal', async () => {
    await page.getByLabel('Visa').selectOption('all');
    await page.getByRole('link', { name: invoices[invoices.length - 2]!.number }).click();
    await page.getByRole('heading', { name: `Faktura ${invoices[invoices.length - 2]!.number}` }).waitFor();
    await page.getByLabel('Belopp (kr)').fill('abc');
    await page.getByLabel('Belopp (kr)').press('Enter');
    await page.getByText('Skriv beloppet i kronor').waitFor();
    await page.getByLabel('Belopp (kr)').fill('100,50');
    await page.getByLabel('Referens').fill('202602794');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.getByText('OCR-numret stämmer inte').waitFor();
    await page.getByLabel('Referens').fill('');
    await page.getByLabel('Betalsätt').selectOption('swish');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.getByText('Betalningen är registrerad.').waitFor();
    await page.getByRole('button', { name: 'Rätta (återför)' }).click();
    await page.getByText('Återförd').waitFor();
    await screenshot(page, 'fees-06-faktura');
  }, 60_000);

  it('shows an over-payment everywhere the treasurer looks, and carries it to the member’s next invoice', async () => {
    const over = invoices[7]!; // paid 50 kr too much in the bank file
    await page.getByRole('link', { name: '← Alla fakturor' }).click();
    const card = page.getByRole('button', { name: /Överbetalt\s*50,00\skr\s*1 st/ });
    await card.click();
    const table = page.getByRole('table', { name: `Fakturor ${year}` });
    await table.getByText(/^Överbetalt 50,00\skr$/).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'fees-10-overbetalt-oversikt');
    await page.getByRole('link', { name: over.number }).click();
    await page.getByRole('heading', { name: /^Överbetalt 50,00\skr$/ }).waitFor();
    await page.getByText('Medlemmen har ingen annan obetald faktura.', { exact: false }).waitFor();
    await screenshot(page, 'fees-11-overbetalt-faktura');

    // Next year's invoice for the member, then the surplus moves there.
    await page.getByLabel('Räkenskapsår').selectOption(String(year + 1));
    await page.getByRole('link', { name: 'Årets avgifter' }).click();
    await page.getByRole('heading', { name: `Avgifter för ${year + 1}` }).waitFor();
    await page.getByRole('button', { name: 'Spara avgifterna' }).click();
    await page.getByText(`Avgifterna för ${year + 1} är sparade.`).waitFor();
    await page.getByRole('link', { name: 'Fakturor', exact: true }).click();
    const pick = page.getByLabel('En medlem');
    await pick.selectOption((await pick.locator('option', { hasText: over.member }).first().getAttribute('value'))!);
    await page.getByRole('button', { name: 'Skapa faktura', exact: true }).click();
    await page.getByText('Skapade fakturor: 1.').waitFor();
    const next = `${year + 1}0001`;
    await page.getByLabel('Räkenskapsår').selectOption(String(year));
    await page.getByRole('table', { name: `Fakturor ${year}` }).waitFor();
    await page.getByRole('link', { name: over.number }).click();
    await page.getByRole('button', { name: new RegExp(`^Flytta till faktura ${next} \\(50,00\\skr\\)$`) }).click();
    await page.getByText(new RegExp(`^50,00\\skr har flyttats till faktura ${next}\\.$`)).waitFor();
    await page.locator('.fees-badge--paid').first().waitFor();
    await page.getByRole('cell', { name: `Överfört till faktura ${next}` }).waitFor();

    // The next invoice asks for 50 kr less, and says why.
    await page.getByLabel('Räkenskapsår').selectOption(String(year + 1));
    await page.getByRole('link', { name: 'Fakturor', exact: true }).click();
    await page.getByRole('link', { name: next }).click();
    const pdf = await download(page, () => page.getByRole('button', { name: 'Fakturan som PDF' }).click());
    expect(pdf.endsWith(`Faktura ${next} ${over.member}.pdf`)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \u00a0]+/g, ' ');
    expect(text).toContain(`Tillgodo från faktura ${over.number} (överbetalt) −50,00 kr`);
    pdfPages(pdf, 'fees-pdf-tillgodo', 1);

    // A carry is corrected like any payment: undone (both halves), then taken from this side.
    await page.getByRole('row', { name: new RegExp(`Tillgodo från faktura ${over.number}`) }).getByRole('button', { name: 'Rätta (återför)' }).click();
    await page.getByRole('button', { name: 'Använd mot den här fakturan' }).click();
    await page.getByText(new RegExp(`^50,00\\skr har flyttats till faktura ${next}\\.$`)).waitFor();
    await screenshot(page, 'fees-14-tillgodo-nasta-faktura');
    await page.getByLabel('Räkenskapsår').selectOption(String(year));
  }, 120_000);

  it('credits a paid invoice with a credit note, and pays the member back', async () => {
    const paid = invoices[10]!;
    await page.getByLabel('Räkenskapsår').selectOption(String(year));
    await page.getByRole('link', { name: 'Fakturor', exact: true }).click();
    await page.getByLabel('Visa').selectOption('all');
    await page.getByRole('link', { name: paid.number }).click();
    await page.getByRole('button', { name: 'Kreditera fakturan' }).click();
    const dialog = page.getByRole('dialog', { name: `Kreditera faktura ${paid.number}` });
    await dialog.getByText(/Medlemmen har redan betalat/).waitFor();
    await dialog.getByLabel('Orsak').selectOption('mistake');
    await screenshot(page, 'fees-12-kreditera');
    await dialog.getByRole('button', { name: 'Kreditera', exact: true }).click();
    await page.getByText('Fakturan är krediterad.', { exact: false }).waitFor();
    const note = await download(page, () => page.getByRole('button', { name: 'Kreditfaktura (PDF)' }).click());
    expect(note.endsWith(`Kreditfaktura K${paid.number} ${paid.member}.pdf`)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', note, '-'], { encoding: 'utf8' }).replace(/[ \u00a0]+/g, ' ');
    expect(text).toContain('Kreditfaktura');
    expect(text).toContain(`Krediterar faktura ${paid.number}`);
    expect(text).toContain('Orsak: Fakturan skickades av misstag.');
    expect(text).toMatch(/Att kreditera −\d[\d ]*,00 kr/);
    expect(text).not.toContain('OCR-nummer');
    expect(text).not.toContain('Betala med Swish');
    pdfPages(note, 'fees-pdf-kreditfaktura', 1);

    // What was paid is now a surplus: pay it all back.
    await page.getByRole('heading', { name: /^Överbetalt / }).waitFor();
    await page.getByRole('button', { name: 'Registrera återbetalning' }).click();
    await page.getByText('Återbetalningen är registrerad.').waitFor();
    await page.getByRole('cell', { name: `Återbetalning faktura ${paid.number}` }).waitFor();
    expect(await page.getByRole('heading', { name: /^Överbetalt / }).count()).toBe(0);
    await screenshot(page, 'fees-13-krediterad-aterbetald');
  }, 120_000);

  it('exports the payments as SIE 4 in CP437 with one voucher each', async () => {
    await page.getByLabel('Räkenskapsår').selectOption(String(year));
    await page.getByRole('link', { name: 'Export till bokföringen', exact: true }).click();
    await page.getByText(/betalningar i perioden/).waitFor();
    const sie = await download(page, () => page.getByRole('button', { name: 'Exportera SIE 4' }).click());
    const bytes = readFileSync(sie);
    const text = decodeCp437(new Uint8Array(bytes));
    expect(text).toContain('#FLAGGA 0');
    expect(text).toContain('#FNAMN "Västsvenska IT-nätverket"');
    const vers = text.split('\r\n').filter((l) => l.startsWith('#VER'));
    expect(vers.length).toBeGreaterThan(250);
    expect(text).toContain('#TRANS 3890');
    expect(bytes.includes(0x84)).toBe(true); // ä in CP437
    const csv = readFileSync(await download(page, () => page.getByRole('button', { name: 'Exportera CSV' }).click()), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFVer.nr;Datum;Text;Fakturanummer;Referens;Betalsätt;Debet konto;Kredit konto;Belopp');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(vers.length + 1);
    // A bad account number is refused with a message.
    await page.getByLabel('Intäktskonto').fill('38');
    await page.getByText('Ange ett kontonummer med fyra siffror.').waitFor();
    await page.getByLabel('Intäktskonto').fill('1930');
    await page.getByText(/Intäktskontot ska vara ett intäktskonto i BAS-kontoplanen \(klass 3\)/).waitFor();
    await screenshot(page, 'fees-07-export');
    // The association's own choice is kept for the whole board, and used from then on.
    await page.getByLabel('Intäktskonto').fill('3010');
    await page.getByLabel('Intäktskonto').press('Tab');
    await page.getByText('Kontona är sparade för hela föreningen.').waitFor();
    await page.reload();
    await page.getByText(/betalningar i perioden/).waitFor();
    expect(await page.getByLabel('Intäktskonto').inputValue()).toBe('3010');
    const again = decodeCp437(new Uint8Array(readFileSync(await download(page, () => page.getByRole('button', { name: 'Exportera SIE 4' }).click()))));
    expect(again).toContain('#TRANS 3010');
    expect(again).not.toContain('#TRANS 3890');
    expect(again).toContain('Återbetalning medlemsavgift faktura');
    expect(again).not.toContain('Överfört till faktura');
  }, 60_000);
});
