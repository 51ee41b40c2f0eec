// The bylaws, as a board uses them: proposed bylaws from the template (or imported from Word),
// adopted at the constituting meeting; later an amendment that inserts a § and changes a word,
// compared (renumbered sections show as moved, not removed and added), exported as the
// comparison PDF, decided at two annual meetings, and adopted with the history kept.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { goTo, Profile, screenshot, tempDir } from './harness';

// Starting the app and Chromium takes 20 s on a busy machine; each step may start one.
const TIMEOUT = 120_000;
const PDF_PNGS = resolve('tests/.tmp/bylaws-pdf');
const DOCX = resolve('tests/fixtures/bylaws/forslag-till-stadgar.docx');
const profiles: Profile[] = [];
afterAll(async () => {
  for (const p of profiles) await p.stop().catch(() => undefined);
});

async function download(page: Page, button: string, name: string): Promise<{ file: string; text: string; pages: string[] }> {
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = join(tempDir('bylaws-pdf-'), `${name}.pdf`);
  await (await wait).saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // Every page as a PNG, to be looked at.
  const dir = join(PDF_PNGS, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'page')]);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return { file, text: squash(text), pages: text.split('\f').filter((p) => p.trim()).map(squash) };
}

async function setOrg(page: Page, name: string, city: string) {
  await goTo(page, 'Inställningar');
  await page.getByLabel('Föreningens namn').fill(name);
  await page.getByLabel('Postort').fill(city);
  await page.getByRole('button', { name: 'Spara' }).first().click();
  await page.getByText('Sparat').first().waitFor();
}

async function recordDecision(page: Page, d: { date: string; meeting: string; paragraph: string; votesFor?: string; votesAgainst?: string }) {
  await page.getByLabel('Datum').fill(d.date);
  await page.getByLabel('Möte', { exact: true }).fill(d.meeting);
  await page.getByLabel('Protokollets §').fill(d.paragraph);
  await page.getByLabel('Röster för').fill(d.votesFor ?? '');
  await page.getByLabel('Röster emot').fill(d.votesAgainst ?? '');
  await page.getByRole('button', { name: 'Registrera beslutet' }).click();
}

describe('bylaws from the template: adopt, amend, compare, decide twice, adopt', () => {
  const profile = new Profile();
  profiles.push(profile);
  let page: Page;

  it('starts from the template and the constituting meeting adopts it', async () => {
    page = await profile.start();
    await setOrg(page, 'Smålands Spelutvecklare', 'Växjö');
    await goTo(page, 'Stadgar');
    await screenshot(page, 'bylaws-01-start');
    await page.getByRole('button', { name: 'Skapa förslag till stadgar från mallen' }).click();
    await page.getByRole('heading', { name: 'Förslag till stadgar' }).waitFor();
    await expect(page.getByLabel('Text i § 1', { exact: true }).inputValue()).resolves.toBe('Föreningens namn är Smålands Spelutvecklare.');
    await expect(page.getByLabel('Text i § 2', { exact: true }).inputValue()).resolves.toBe('Föreningen har sitt säte i Växjö.');
    await screenshot(page, 'bylaws-02-draft');

    await page.getByLabel('Datum').fill('2024-03-12');
    await expect(page.getByLabel('Möte', { exact: true }).inputValue()).resolves.toBe('Konstituerande möte');
    await page.getByLabel('Protokollets §').fill('7');
    await page.getByRole('button', { name: 'Registrera beslutet och anta stadgarna' }).click();
    await page.getByText('Gäller från 12 mars 2024 · Konstituerande möte, § 7').waitFor();
    await page.getByRole('heading', { name: 'Stadgar för Smålands Spelutvecklare' }).waitFor();
    await page.getByRole('heading', { name: '§ 17 Upplösning' }).waitFor();
    await screenshot(page, 'bylaws-03-adopted');
  }, TIMEOUT);

  it('searches the bylaws and marks the hits; a § link finds its section', async () => {
    const search = page.getByLabel('Sök i stadgarna');
    await search.fill('valberedning');
    await page.getByText('Träff i 2 paragrafer').waitFor();
    await expect(page.locator('.bylaws-text mark').allTextContents()).resolves.toEqual(['Valberedning', 'valberedning', 'Valberedning', 'valberedning']);
    await screenshot(page, 'bylaws-04-search');
    await search.press('Escape');
    await page.getByRole('navigation', { name: 'Innehåll' }).getByRole('link', { name: '§ 13 Kallelse och motioner' }).click();
    await page.locator('.bylaws-text__section--focused').getByRole('heading', { name: '§ 13 Kallelse och motioner' }).waitFor();
    expect(page.url()).toMatch(/#\/stadgar\/paragraf\/[0-9a-f-]{36}$/);
  }, TIMEOUT);

  it('proposes an amendment: a new § 6, a later fee due date, and "fyra veckor" becomes "tre veckor" in the notice §', async () => {
    await page.getByRole('button', { name: 'Nytt ändringsförslag' }).click();
    await page.getByRole('button', { name: 'Skapa förslaget' }).click();
    await page.getByText('Ge förslaget en rubrik.').waitFor();
    await page.getByLabel('Förslagets rubrik').fill('Hedersmedlemmar och kortare kallelsetid');
    await page.getByLabel('Förslagets rubrik').press('Enter');
    await page.getByRole('link', { name: 'Jämförelse' }).waitFor();

    await page.getByRole('button', { name: '+ Ny paragraf efter § 5' }).click();
    await expect(page.getByLabel('Rubrik för § 6', { exact: true }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByLabel('Rubrik för § 6', { exact: true }).fill('Hedersmedlemmar');
    await page.getByLabel('Text i § 6', { exact: true }).fill('Årsmötet får på förslag av styrelsen utse hedersmedlemmar. Hedersmedlem betalar ingen medlemsavgift.');
    const fee = page.getByLabel('Text i § 5', { exact: true });
    await fee.fill((await fee.inputValue()).replace('senast den 31 mars', 'senast den 30 april'));
    const notice = page.getByLabel('Text i § 14', { exact: true });
    await notice.fill((await notice.inputValue()).replace('senast fyra veckor före mötet', 'senast tre veckor före mötet'));
    await page.getByLabel('Motivering').fill('Flera medlemmar har bett om ett sätt att hedra eldsjälar. Fyra veckors kallelsetid har visat sig onödigt lång.');
    await page.getByLabel('Behandlas vid').fill('årsmötet 2025 och ett extra årsmöte i juni 2025');
    await page.getByText('Sparat').waitFor();
    await screenshot(page, 'bylaws-05-proposal-text');
  }, TIMEOUT);

  it('shows the change per section: a new §, a changed § that moved, and renumbered ones as moved', async () => {
    await page.getByRole('link', { name: /Jämförelse/ }).click();
    await page.getByText('Ändring av § 5 och § 14, ny § 6 samt omnumrering av övriga paragrafer.').waitFor();
    await page.getByText('Nuvarande § 6–§ 17 blir § 7–§ 18.').waitFor();
    const added = page.getByRole('article', { name: '§ 6 Hedersmedlemmar' });
    await added.getByText('Ny paragraf', { exact: true }).waitFor();
    const changed = page.getByRole('article', { name: '§ 14 Kallelse och motioner' });
    await changed.getByText('Ändrad', { exact: true }).waitFor();
    await changed.getByText('tidigare § 13').waitFor();
    await expect(changed.locator('del').allTextContents()).resolves.toEqual(['fyra']);
    await expect(changed.locator('ins').allTextContents()).resolves.toEqual(['tre']);
    const fees = page.getByRole('article', { name: '§ 5 Medlemsavgift' });
    await expect(fees.locator('del').allTextContents()).resolves.toEqual(['31 mars']);
    await expect(fees.locator('ins').allTextContents()).resolves.toEqual(['30 april']);
    await page.getByRole('listitem', { name: '§ 7 Utträde och uteslutning' }).getByText('Flyttad').waitFor();
    // Renumbering is not removal: nothing is shown as removed.
    await expect(page.getByText('Utgår', { exact: true }).count()).resolves.toBe(0);
    await screenshot(page, 'bylaws-06-compare-side');
    await page.getByText('I löptext').click();
    await changed.locator('del').first().waitFor();
    await screenshot(page, 'bylaws-07-compare-inline');
  }, TIMEOUT);

  it('exports the comparison PDF with current and proposed wording', async () => {
    const pdf = await download(page, 'Exportera jämförelse (PDF)', 'jamforelse');
    for (const s of ['Hedersmedlemmar och kortare kallelsetid', 'Nuvarande lydelse', 'Föreslagen lydelse', '§ 5 Medlemsavgift', 'senast den 30 april', '§ 6 Hedersmedlemmar', '(Ny paragraf)', '§ 14 Kallelse och motioner (nuvarande § 13)', 'senast fyra veckor', 'senast tre veckor', 'Nuvarande § 6–§ 17 blir § 7–§ 18.', 'Motivering', 'Flera medlemmar har bett om']) {
      expect(pdf.text).toContain(s);
    }
  }, TIMEOUT);

  it('records two annual-meeting decisions with a qualified majority, refusing one that falls short', async () => {
    await page.getByRole('link', { name: 'Beslut', exact: true }).click();
    await page.getByText('Inget beslut har fattats ännu.').waitFor();
    await expect(page.getByLabel('Antal möten').inputValue()).resolves.toBe('2');
    await recordDecision(page, { date: '2025-03-20', meeting: 'Årsmöte 2025', paragraph: '12', votesFor: '31', votesAgainst: '4' });
    await page.getByText('Första beslut taget 20 mars 2025 (Årsmöte 2025, § 12). Andra beslut väntar.').waitFor();
    await screenshot(page, 'bylaws-08-first-decision');

    await recordDecision(page, { date: '2025-06-11', meeting: 'Extra årsmöte', paragraph: '4', votesFor: '10', votesAgainst: '8' });
    await page.getByText(/uppfylls inte kravet på minst två tredjedelar/).waitFor();
    await page.getByLabel('Möte', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText('Ange vilket möte som fattade beslutet.').waitFor();
    await screenshot(page, 'bylaws-09-bad-decision');
    await recordDecision(page, { date: '2025-06-11', meeting: 'Extra årsmöte', paragraph: '4', votesFor: '27', votesAgainst: '2' });
    await page.getByText('Första beslut 20 mars 2025, andra beslut 11 juni 2025. Förslaget kan bli gällande stadgar.').waitFor();
    await screenshot(page, 'bylaws-10-ready');
  }, TIMEOUT);

  it('adopts the proposal: the new text is in force and the history keeps both versions', async () => {
    await page.getByRole('button', { name: 'Anta som gällande stadgar' }).click();
    await page.getByText('Gäller från 11 juni 2025 · Extra årsmöte, § 4').waitFor();
    await page.getByRole('heading', { name: '§ 6 Hedersmedlemmar' }).waitFor();
    await page.getByText('senast tre veckor före mötet').first().waitFor();
    const history = page.getByRole('region', { name: 'Versioner och beslut' });
    await expect(history.getByRole('row').count()).resolves.toBe(3);
    await history.getByText('Ändring av § 5 och § 14, ny § 6 samt omnumrering av övriga paragrafer.').waitFor();
    await history.getByText('Årsmöte 2025, § 12').waitFor();
    await page.getByText('Antaget', { exact: true }).waitFor();
    await screenshot(page, 'bylaws-11-new-current');

    const pdf = await download(page, 'Exportera stadgarna (PDF)', 'stadgar');
    expect(pdf.text).toContain('§ 18 Upplösning');
    const last = pdf.pages[pdf.pages.length - 1]!;
    for (const s of ['Beslut om stadgarna', '2024-03-12', 'Konstituerande möte, § 7', '2025-06-11', 'Extra årsmöte, § 4', 'Första beslut 2025-03-20']) expect(last).toContain(s);

    await history.getByRole('link', { name: 'Läs lydelsen från 12 mars 2024' }).click();
    await page.getByText('Tidigare lydelse: gällde från 12 mars 2024 till 11 juni 2025.').waitFor();
    await page.getByRole('heading', { name: '§ 13 Kallelse och motioner' }).waitFor();
    await page.getByText('senast fyra veckor före mötet').first().waitFor();
    await screenshot(page, 'bylaws-12-old-version');
    const old = await download(page, 'Exportera den här lydelsen (PDF)', 'stadgar-2024');
    expect(old.text).toContain('§ 17 Upplösning');
    expect(old.text).not.toContain('Hedersmedlemmar');
  }, TIMEOUT);
});

describe('bylaws imported from Word, and files that are not bylaws', () => {
  const profile = new Profile();
  profiles.push(profile);

  it('refuses a file without § headings and a broken .docx, then imports the Word proposal with its lists', async () => {
    const page = await profile.start();
    await setOrg(page, 'Smålands Spelutvecklare', 'Växjö');
    await goTo(page, 'Stadgar');
    await page.getByRole('link', { name: 'Importera stadgar' }).click();
    const dir = tempDir('bylaws-bad-');
    writeFileSync(join(dir, 'protokoll.txt'), 'Protokoll fört vid styrelsemöte\nNärvarande: Anna, Björn\nMötet öppnades.');
    writeFileSync(join(dir, 'trasig.docx'), 'det här är ingen zip-fil');
    const file = page.getByLabel('Fil med stadgar');
    await file.setInputFiles(join(dir, 'protokoll.txt'));
    await page.getByText('Hittade inga paragrafer. Paragrafrubrikerna ska se ut som ”§ 1 Namn”, ”1 § Namn” eller ”§1. Namn”.').waitFor();
    await file.setInputFiles(join(dir, 'trasig.docx'));
    await page.getByText('Filen gick inte att läsa som ett Word-dokument (.docx).', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Spara som förslag till stadgar' }).count()).resolves.toBe(0);
    await screenshot(page, 'bylaws-13-import-bad');

    await file.setInputFiles(DOCX);
    await page.getByText('11 paragrafer hittades i ”Förslag till stadgar för Smålands Spelutvecklare”').waitFor();
    await page.getByText('Texten före första paragrafen togs inte med', { exact: false }).waitFor();
    await screenshot(page, 'bylaws-14-import-preview');
    await page.getByRole('button', { name: 'Spara som förslag till stadgar' }).click();
    await expect(page.getByLabel('Text i § 8', { exact: true }).inputValue()).resolves.toContain('1. Val av ordförande och sekreterare för mötet.\n2. Val av två justerare');
    await page.getByLabel('Datum').fill('2024-03-12');
    await page.getByLabel('Protokollets §').fill('6');
    await page.getByRole('button', { name: 'Registrera beslutet och anta stadgarna' }).click();
    // Adopted, the proposal's title loses its "Förslag till".
    await page.getByRole('heading', { name: 'Stadgar för Smålands Spelutvecklare' }).waitFor();
    await page.locator('.bylaws-text__list li').filter({ hasText: 'Val av två justerare tillika rösträknare.' }).waitFor();
    await screenshot(page, 'bylaws-15-imported-current');
  }, TIMEOUT);
});
