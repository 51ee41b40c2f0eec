// The treasurer's week: an empty register, a 300-row Swedish Excel CSV (Windows-1252,
// semicolons) with a few bad rows imported through the preview, a member found by part of a
// contact person's name and edited, the list exported as CSV and PDF, and a register extract.
// Bad files are refused with a message and change nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { goTo, Profile, screenshot, tempDir } from './harness';
import { BAD_ROWS, DATA_ROWS, NEEDLE, VALID_ROWS, registerCsvText, windows1252 } from '../fixtures/members/register';

const profile = new Profile();
afterAll(async () => {
  await profile.stop().catch(() => undefined);
});

const dir = tempDir('members-');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), path };
}

async function pickImportFile(page: Page, path: string): Promise<void> {
  await page.getByRole('link', { name: 'Importera', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Importera medlemmar' }).waitFor();
  await page.locator('#members-import-file').setInputFiles(path);
}

describe('the member register', () => {
  let page: Page;

  it('starts empty, with the two ways to begin', async () => {
    page = await profile.start();
    // The PDF header needs the association's name.
    await goTo(page, 'Inställningar');
    await page.getByLabel('Föreningens namn').fill('Västsvenska IT-nätverket');
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await page.getByText('Sparat').first().waitFor();

    await goTo(page, 'Medlemmar');
    await page.getByRole('heading', { name: 'Registret är tomt' }).waitFor();
    await page.getByRole('link', { name: /Lägg till en medlem/ }).waitFor();
    await page.getByRole('link', { name: /Importera en fil/ }).waitFor();
    await screenshot(page, 'members-01-tomt');
  }, 60_000);

  it('refuses a file that is not a register, an empty file and a sheet without a name column', async () => {
    await pickImportFile(page, file('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])));
    await page.getByRole('alert').filter({ hasText: 'logo.png är inte en textfil' }).waitFor();
    await page.locator('#members-import-file').setInputFiles(file('tom.csv', ''));
    await page.getByRole('alert').filter({ hasText: 'Filen tom.csv är tom' }).waitFor();
    await page.locator('#members-import-file').setInputFiles(file('siffror.csv', windows1252('Belopp;Datum\r\n100;2025-01-01\r\n')));
    await page.getByRole('alert').filter({ hasText: 'Ingen kolumn med namn hittades' }).waitFor();
    await expect(page.getByRole('button', { name: 'Inget att importera' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('link', { name: '← Alla medlemmar' }).click();
    await page.getByRole('heading', { name: 'Registret är tomt' }).waitFor();
  });

  it('imports a 300-row Windows-1252 CSV after a preview that shows every row', async () => {
    const csv = file('Medlemsregister 2025.csv', windows1252(registerCsvText()));
    await pickImportFile(page, csv);
    await page.getByText('CSV, Windows-1252 (Excel på svenska)').waitFor();
    await page.getByText(`${VALID_ROWS} nya · 0 uppdateras · 0 oförändrade · 4 avvisas`).waitFor();
    // The columns as guessed, Swedish headers read from Windows-1252.
    await expect(page.getByLabel('Företag').inputValue()).resolves.toBe('name');
    await expect(page.getByLabel('Medlemskategori').inputValue()).resolves.toBe('category');
    // Rejected rows first, each with its row number and reason.
    const plan = page.getByRole('list', { name: /Avvisas/ });
    await plan.getByText(`Rad ${BAD_ROWS.checksum}`).waitFor();
    await plan.getByText('kontrollsiffran stämmer inte').waitFor();
    await plan.getByText('Ogiltig e-postadress ”info.example.se”').waitFor();
    await plan.getByText(`Raden är en kopia av rad ${BAD_ROWS.duplicate - 1}`).waitFor();
    await plan.getByText('Namn saknas').waitFor();
    await screenshot(page, 'members-02-importforhandsgranskning');

    await page.getByRole('button', { name: `Importera ${VALID_ROWS} rader` }).click();
    await page.getByRole('heading', { name: 'Importen är klar' }).waitFor();
    await page.getByText(`${VALID_ROWS} medlemmar lades till och 0 uppdaterades. 4 rader lästes inte in.`).waitFor();
    await page.getByRole('link', { name: 'Till medlemslistan' }).click();
    await page.getByText(`${VALID_ROWS} medlemmar, varav`).waitFor();
    expect(DATA_ROWS).toBe(300);
  });

  it('finds a member by typing part of a contact person’s name, and edits them', async () => {
    await page.getByRole('table', { name: 'Medlemmar' }).waitFor();
    await screenshot(page, 'members-03-lista');
    await page.getByLabel('Sök').fill(NEEDLE.search);
    await page.getByText('Visar 1 av').waitFor();
    await page.getByRole('link', { name: NEEDLE.company }).click();
    await page.getByRole('heading', { level: 1, name: NEEDLE.company }).waitFor();
    await expect(page.getByLabel('Namn', { exact: true }).first().inputValue()).resolves.toBe(NEEDLE.contact);

    await page.getByLabel('Telefon', { exact: true }).first().fill('031-123 45 67');
    await page.getByLabel('E-post', { exact: true }).first().fill('fel-adress');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Ogiltig e-postadress – skriv den som namn@exempel.se').first().waitFor();
    await page.getByLabel('E-post', { exact: true }).first().fill('kansli@molnbolaget.example.se');
    await page.getByLabel('Taggar').fill('sponsor, styrelse');
    await page.getByLabel('Taggar').press('Enter');
    await page.getByText('Sparat', { exact: true }).waitFor();
    await page.getByText(/ändrade e-post, telefon och taggar/).waitFor();
    await screenshot(page, 'members-04-medlemssida');
  });

  it('produces a register extract with everything held about the member', async () => {
    const extract = await download(page, () => page.getByRole('button', { name: 'Registerutdrag (JSON)' }).click());
    expect(extract.name).toMatch(/^Registerutdrag Molnbolaget Väst AB \d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(extract.path, 'utf8')) as { Uppgifter: Record<string, unknown>; Personuppgiftsansvarig: { Namn: string }; Ändringshistorik: unknown[] };
    expect(data.Personuppgiftsansvarig.Namn).toBe('Västsvenska IT-nätverket');
    expect(data.Uppgifter).toMatchObject({ Namn: NEEDLE.company, 'E-post': 'kansli@molnbolaget.example.se', Telefon: '031-123 45 67', Taggar: ['sponsor', 'styrelse'] });
    expect(data.Uppgifter.Kontaktpersoner).toEqual([expect.objectContaining({ Namn: NEEDLE.contact })]);
    expect(data.Ändringshistorik).toHaveLength(2);

    const pdf = await download(page, () => page.getByRole('button', { name: 'Registerutdrag (PDF)' }).click());
    expect(pdf.name).toMatch(/^Registerutdrag Molnbolaget Väst AB \d{4}-\d{2}-\d{2}\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    for (const expected of ['Registerutdrag', NEEDLE.company, NEEDLE.contact, 'Västsvenska IT-nätverket', 'Ändringshistorik']) expect(text).toContain(expected);
  });

  it('exports the filtered list as CSV for Excel and as a PDF member list', async () => {
    await page.getByRole('link', { name: '← Alla medlemmar' }).click();
    await page.getByLabel('Sök').fill('');
    await page.getByLabel('Kategori').selectOption({ label: 'Offentlig organisation' });
    const shown = await page.getByRole('status').filter({ hasText: /^Visar \d+ av/ }).textContent();
    const count = Number(/Visar (\d+)/.exec(shown ?? '')![1]);
    expect(count).toBeGreaterThan(50);

    const csv = await download(page, () => page.getByRole('button', { name: 'CSV för Excel' }).click());
    const bytes = readFileSync(csv.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^Typ;Namn;Organisationsnummer;/);
    expect(lines).toHaveLength(count + 1);
    expect(lines.every((l, i) => i === 0 || l.includes(';Offentlig organisation;'))).toBe(true);

    await page.getByLabel('Kategori').selectOption({ label: 'Alla' });
    await page.getByLabel(/Hela registret/).check();
    const pdf = await download(page, () => page.getByRole('button', { name: 'Medlemsförteckning (PDF)' }).click());
    const pdfBytes = readFileSync(pdf.path);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Västsvenska IT-nätverket');
    expect(text).toContain('Medlemsförteckning');
    expect(text).toContain(NEEDLE.company);
    expect(text).toMatch(/sida 1 av \d+/i);
    const pngDir = join('tests/.tmp/screens', 'members-pdf');
    mkdirSync(pngDir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf.path, join(pngDir, 'sida')]);
  });

  it('undoes the whole import', async () => {
    await page.getByRole('link', { name: 'Importera', exact: true }).first().click();
    await page.getByRole('button', { name: 'Ångra importen…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ångra importen' }).click();
    await page.getByText('Importen är ångrad.').waitFor();
    await page.getByRole('link', { name: '← Alla medlemmar' }).click();
    await page.getByRole('heading', { name: 'Registret är tomt' }).waitFor();
  });

  it('adds a person by hand with a checked personal number, and never reuses a number', async () => {
    await page.getByRole('link', { name: /Lägg till en medlem/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny medlem' }).waitFor();
    await page.getByLabel('Person', { exact: true }).check();
    await page.getByLabel('Namn', { exact: true }).fill('Åsa Nyström');
    await page.getByLabel('Personnummer').fill('811218-9877');
    await page.getByLabel('Personnummer').press('Enter');
    await page.getByText('Personnumret stämmer inte: kontrollsiffran stämmer inte').waitFor();
    await page.getByLabel('Personnummer').fill('811218-9876');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Åsa Nyström' }).waitFor();
    // The undone import used numbers up to 1300; they stay used.
    await page.getByText('Medlemmen lades till som nummer 1301.').waitFor();
    await expect(page.getByLabel('Personnummer').inputValue()).resolves.toBe('19811218-9876');
    await screenshot(page, 'members-06-person');

    // She resigns, and asks to be forgotten.
    await page.getByLabel('Status').selectOption({ label: 'Utträdd' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Sparat', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Anonymisera…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Anonymisera', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Anonymiserad medlem nr 1301' }).waitFor();
    await expect(page.getByLabel('Personnummer').inputValue()).resolves.toBe('');
    // The erasure is final: nothing can be typed back into her record.
    await page.getByText('Medlemmen är anonymiserad: personuppgifterna är raderade').waitFor();
    await expect(page.getByLabel('Personnummer').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Spara', exact: true }).count()).resolves.toBe(0);
    await screenshot(page, 'members-06b-anonymiserad');
  });

  it('shows the categories with their fees', async () => {
    await page.getByRole('link', { name: '← Alla medlemmar' }).click();
    await page.getByRole('link', { name: 'Kategorier och avgifter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kategorier och avgifter' }).waitFor();
    const honorary = page.getByRole('form', { name: 'Hedersmedlem' });
    await expect(honorary.getByLabel('Årsavgift').inputValue()).resolves.toBe('0,00');
    const small = page.getByRole('form', { name: 'Företag 1–9 anställda' });
    await small.getByLabel('Årsavgift').fill('1 750');
    await small.getByLabel('Årsavgift').press('Enter');
    await small.getByText('Sparat', { exact: true }).waitFor();
    await expect(small.getByLabel('Årsavgift').inputValue()).resolves.toMatch(/^1\s750,00$/);
    await small.getByLabel('Årsavgift').fill('femtio');
    await small.getByRole('button', { name: 'Spara' }).click();
    await small.getByText('Skriv avgiften i kronor').waitFor();
    await screenshot(page, 'members-05-kategorier');
    await page.getByRole('link', { name: '← Alla medlemmar' }).click();
    await page.getByRole('link', { name: 'Gallring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gallring' }).waitFor();
    await screenshot(page, 'members-07-gallring');
  });
});
