// A communicator writes a two-page press release with three quotes and two portraits, exports
// it as PDF, HTML and text, copies it for an e-mail, publishes it, edits it afterwards and finds
// the published version unchanged in the archive, and finds everything again after a restart.
// Bad input: a file that is not a picture, and exporting a release without a headline.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { goTo, Profile, SCREENS, screenshot, tempDir } from './harness';

const FIX = resolve('tests/fixtures/press');
const ANNA = join(FIX, 'portratt-anna.jpg'); // 2400 × 3000 JPEG: must be reduced to 1280 × 1600
const LARS = join(FIX, 'portratt-lars.png'); // 900 × 1100 PNG: small enough to keep
const NOT_IMAGE = join(FIX, 'inte-en-bild.jpg');
const PDF_PNGS = resolve('tests/.tmp/press-pdf');

const HEADLINE = 'Rekordintresse för Norrland Digital – 600 deltagare till Umeå i oktober';
const HEADLINE_2 = 'Norrland Digital fullbokad – 650 deltagare till Umeå i oktober';
const LEAD =
  'Höstens stora IT-konferens i norr är redan fullbokad. Över 600 deltagare från företag, kommuner och högskolor möts i Umeå den 9–10 oktober för att diskutera AI, kompetensförsörjning och säkerhet.';
const PARAGRAPHS = [
  'Konferensen arrangeras av IT-nätverket Norr för sjätte året i rad och har vuxit från 120 deltagare 2019 till att i år fylla hela Folkets Hus. Intresset från kommunerna har ökat särskilt mycket: 41 av regionens 54 kommuner skickar deltagare.',
  'Programmet har tre spår: AI i offentlig sektor, kompetensförsörjning och informationssäkerhet. Dessutom hålls ett öppet forum där mindre företag får presentera sig för inköpare från kommuner och regioner.',
  'Under eftermiddagen den 10 oktober delas Norrlands IT-pris ut till ett medlemsföretag som under året bidragit till regionens digitala utveckling. Juryn består av representanter för Umeå universitet, Luleå tekniska universitet och Region Västerbotten.',
  'Konferensen är fullbokad, men föreläsningarna i huvudspåret sänds direkt på föreningens webbplats och finns kvar att se i efterhand. Pressen är välkommen båda dagarna efter anmälan till presskontakten nedan.',
];
const QUOTES = [
  { text: 'Vi ser att frågorna om AI har gått från att handla om teknik till att handla om ledarskap. Därför är det så glädjande att så många chefer från kommunerna kommer.', name: 'Anna Lindqvist', title: 'ordförande i IT-nätverket Norr' },
  { text: 'För oss som mindre kommun är det här det enda stället där vi träffar både leverantörer och andra kommuner på samma dag.', name: 'Lars Öhman', title: 'IT-chef, Vindelns kommun' },
  { text: 'Bristen på utvecklare är regionens största tillväxthinder. Här möts de som kan göra något åt det.', name: 'Sara Nilsson', title: 'vd för Norrsken Data AB' },
];
const ABOUT = 'IT-nätverket Norr är en ideell förening för IT-företag i Västerbotten och Norrbotten. Föreningen har 312 medlemsföretag och arbetar för kompetensförsörjning, samverkan och en stark digital sektor i norr.';

const profiles: Profile[] = [];
afterAll(async () => {
  for (const p of profiles) await p.stop().catch(() => undefined);
});

async function download(page: Page, click: () => Promise<void>, dir: string): Promise<{ path: string; name: string }> {
  const [d] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}

const block = (page: Page, name: string): Locator => page.getByRole('listitem', { name, exact: true });
const blockLabels = (page: Page) => page.locator('.press-block').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

async function addBlock(page: Page, kind: '+ Stycke' | '+ Mellanrubrik' | '+ Citat' | '+ Bild'): Promise<void> {
  const before = await page.locator('.press-block').count();
  await page.getByRole('button', { name: kind, exact: true }).click();
  await page.locator('.press-block').nth(before).waitFor();
}

async function addParagraph(page: Page, text: string): Promise<void> {
  await addBlock(page, '+ Stycke');
  await page.locator('.press-block').last().locator('textarea').fill(text);
}

async function addQuote(page: Page, q: (typeof QUOTES)[number]): Promise<void> {
  await addBlock(page, '+ Citat');
  const b = page.locator('.press-block').last();
  await b.getByLabel('Citat', { exact: true }).fill(q.text);
  await b.getByLabel('Namn', { exact: true }).fill(q.name);
  await b.getByLabel('Titel och arbetsgivare').fill(q.title);
}

async function addImage(page: Page, file: string, caption: string, credit: string): Promise<Locator> {
  await addBlock(page, '+ Bild');
  const b = page.locator('.press-block').last();
  await b.locator('input[type=file]').setInputFiles(file);
  await b.getByRole('img').waitFor();
  await b.getByLabel('Bildtext').fill(caption);
  await b.getByLabel('Fotograf').fill(credit);
  return b;
}

/** What the user sees in the window (the full-page shots stretch the sticky toolbar). */
async function view(page: Page, name: string, target?: Locator): Promise<void> {
  await target?.scrollIntoViewIfNeeded();
  if (!target) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

async function saved(page: Page): Promise<void> {
  await page.locator('.press-save--saved').waitFor();
}

describe('press releases', () => {
  const p = new Profile();
  profiles.push(p);
  const out = tempDir('press-downloads-');
  let releaseUrl = '';

  it('writes a two-page release with three quotes, two portraits, boilerplate and contacts', async () => {
    const page = await p.start();
    await goTo(page, 'Inställningar');
    await page.getByLabel('Föreningens namn').fill('IT-nätverket Norr');
    await page.getByLabel('Webbplats').fill('itnorr.se');
    await page.getByLabel('Om föreningen').fill(ABOUT);
    for (const c of [
      ['Anna Lindqvist', 'ordförande', '070-123 45 67', 'anna.lindqvist@itnorr.se'],
      ['Erik Strand', 'kommunikatör', '070-987 65 43', 'press@itnorr.se'],
    ]) {
      await page.getByRole('button', { name: 'Lägg till kontakt' }).click();
      const row = page.locator('.contacts__row').last();
      for (const [label, value] of [['Namn', c[0]], ['Roll', c[1]], ['Telefon', c[2]], ['E-post', c[3]]] as const) await row.getByLabel(label, { exact: true }).fill(value!);
    }
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await page.getByText('Sparat').first().waitFor();

    await goTo(page, 'Pressmeddelanden');
    await page.getByRole('heading', { name: 'Inga pressmeddelanden än' }).waitFor();
    await screenshot(page, 'press-01-tom-lista');
    await page.getByRole('button', { name: 'Nytt pressmeddelande' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera pressmeddelande' }).waitFor();
    releaseUrl = page.url();

    // boilerplate and both contacts come from the profile
    const about = page.getByRole('group', { name: 'Om föreningen' });
    await expect(about.getByLabel('Rubrik').inputValue()).resolves.toBe('Om IT-nätverket Norr');
    await expect(about.getByLabel('Text').inputValue()).resolves.toBe(ABOUT);
    const contacts = page.getByRole('group', { name: 'För mer information, kontakta' });
    await expect(contacts.getByLabel('Namn', { exact: true }).nth(1).inputValue()).resolves.toBe('Erik Strand');
    // …and can be changed for this release only
    await contacts.getByLabel('Telefon').nth(1).fill('090-12 34 56');

    await page.getByLabel('Rubrik', { exact: true }).first().fill(HEADLINE);
    await page.getByText('71 tecken · 10 ord · rekommenderat högst 80 tecken och 12 ord').waitFor();
    await page.getByLabel('Ingress').fill(LEAD);
    await page.getByText(/^19\d tecken · 29 ord · rekommenderat högst 300 tecken och 50 ord$/).waitFor();
    await page.getByLabel('Datum').fill('2025-09-02');
    await page.getByLabel('Embargo', { exact: true }).fill('2025-09-02T08:00');

    await addParagraph(page, PARAGRAPHS[0]!);
    await addQuote(page, QUOTES[0]!);
    const anna = await addImage(page, ANNA, 'Anna Lindqvist, ordförande i IT-nätverket Norr', 'Per Ek');
    await anna.getByText('1280 × 1600 px').waitFor();
    await anna.getByText('förminskad från 2400 × 3000 px').waitFor();
    await addBlock(page, '+ Mellanrubrik');
    await page.locator('.press-block').last().locator('input').fill('Tre spår och ett öppet forum');
    await addParagraph(page, PARAGRAPHS[1]!);
    await addQuote(page, QUOTES[1]!);
    const lars = await addImage(page, LARS, 'Lars Öhman, IT-chef i Vindelns kommun', 'Vindelns kommun');
    await lars.getByText('900 × 1100 px').waitFor();
    await addParagraph(page, PARAGRAPHS[2]!);
    await addQuote(page, QUOTES[2]!);
    await addParagraph(page, PARAGRAPHS[3]!);
    await saved(page);
    expect(await blockLabels(page)).toEqual(['Stycke 1', 'Citat 2', 'Bild 3', 'Mellanrubrik 4', 'Stycke 5', 'Citat 6', 'Bild 7', 'Stycke 8', 'Citat 9', 'Stycke 10']);
    await screenshot(page, 'press-02-redigerare');
    await view(page, 'press-02a-redigerare-topp');
    await view(page, 'press-02b-redigerare-bild', block(page, 'Bild 3'));
  }, 120_000);

  it('moves and removes blocks with the keyboard and the mouse, and can undo a removal', async () => {
    const page = p.page!;
    // Alt+↓ in the last paragraph moves nothing; Alt+↑ moves it above the third quote, focus stays
    const last = block(page, 'Stycke 10').locator('textarea');
    await last.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await block(page, 'Stycke 9').waitFor();
    expect(await blockLabels(page)).toEqual(['Stycke 1', 'Citat 2', 'Bild 3', 'Mellanrubrik 4', 'Stycke 5', 'Citat 6', 'Bild 7', 'Stycke 8', 'Stycke 9', 'Citat 10']);
    await expect(page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value.slice(0, 22))).resolves.toBe('Konferensen är fullbok');
    await page.getByText('Stycke flyttades till plats 9 av 10.').waitFor();
    // and back with the mouse
    await page.getByRole('button', { name: 'Flytta ned: Stycke 9' }).click();
    await block(page, 'Stycke 10').waitFor();

    // drag and drop: the sub-heading's handle dropped on the upper half of the picture above it
    const picture = block(page, 'Bild 3');
    const pictureBox = (await picture.boundingBox())!;
    await block(page, 'Mellanrubrik 4').locator('.press-block__handle').dragTo(picture, { targetPosition: { x: pictureBox.width / 2, y: pictureBox.height / 4 } });
    await block(page, 'Mellanrubrik 3').waitFor();
    await page.getByText('Mellanrubrik flyttades till plats 3 av 10.').waitFor();
    await page.getByRole('button', { name: 'Flytta ned: Mellanrubrik 3' }).click();
    expect(await blockLabels(page)).toEqual(['Stycke 1', 'Citat 2', 'Bild 3', 'Mellanrubrik 4', 'Stycke 5', 'Citat 6', 'Bild 7', 'Stycke 8', 'Citat 9', 'Stycke 10']);

    // bad input: a text file named .jpg is refused with its name, nothing else changes
    await addBlock(page, '+ Bild');
    const bad = page.locator('.press-block').last();
    await bad.locator('input[type=file]').setInputFiles(NOT_IMAGE);
    await bad.getByText('Filen ”inte-en-bild.jpg” är ingen JPEG- eller PNG-bild. Välj en bild i något av de formaten.').waitFor();
    await expect(bad.getByRole('img').count()).resolves.toBe(0);
    await view(page, 'press-03-inte-en-bild', bad);
    await page.getByRole('button', { name: 'Ta bort: Bild 11' }).click();
    await page.getByText('Bild togs bort.').waitFor();
    await page.getByRole('button', { name: 'Ångra' }).click();
    await block(page, 'Bild 11').waitFor();
    await page.getByRole('button', { name: 'Ta bort: Bild 11' }).click();
    await expect(page.locator('.press-block').count()).resolves.toBe(10);
    await saved(page);
  }, 120_000);

  it('loses nothing typed just before the window is reloaded', async () => {
    const page = p.page!;
    const text = block(page, 'Stycke 10').locator('textarea');
    await text.fill(`${PARAGRAPHS[3]} Välkommen!`);
    await page.reload(); // no wait for the autosave
    await page.getByRole('heading', { level: 1, name: 'Redigera pressmeddelande' }).waitFor();
    await expect(block(page, 'Stycke 10').locator('textarea').inputValue()).resolves.toMatch(/Välkommen!$/);
    await expect(page.getByLabel('Rubrik', { exact: true }).first().inputValue()).resolves.toBe(HEADLINE);
  }, 120_000);

  it('exports plain text, HTML and a PDF that read like the release, and copies the text', async () => {
    const page = p.page!;
    const text = await download(page, () => page.getByRole('button', { name: 'Text', exact: true }).click(), out);
    expect(text.name).toBe('pressmeddelande-2025-09-02-rekordintresse-for-norrland-digital-600-deltagare-till-umea.txt');
    const txt = readFileSync(text.path, 'utf8');
    expect(txt).toContain(HEADLINE);
    expect(txt).toContain('EMBARGO: Får publiceras tidigast 2 september 2025 kl. 08.00');
    expect(txt).toContain(`”${QUOTES[1]!.text}”\n– Lars Öhman, IT-chef, Vindelns kommun`);
    expect(txt).toContain('[Bild: Anna Lindqvist, ordförande i IT-nätverket Norr. Foto: Per Ek]');
    expect(txt).toContain('Erik Strand, kommunikatör\nTelefon: 090-12 34 56');
    expect(txt).toMatch(/å.*ä.*ö/s);
    await page.getByText(`${text.name} är sparad.`).waitFor();

    const html = readFileSync((await download(page, () => page.getByRole('button', { name: 'HTML', exact: true }).click(), out)).path, 'utf8');
    expect(html).toContain(`<h1>${HEADLINE}</h1>`);
    // both portraits inline: the large JPEG re-encoded at print size, the small PNG kept as it was
    expect(html.match(/<img src="data:image\/jpeg;base64,/g)).toHaveLength(1);
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(1);
    expect(html).not.toMatch(/src="(?!data:)/);

    const pdf = await download(page, () => page.getByRole('button', { name: 'PDF', exact: true }).click(), out);
    const pdfText = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const phrase of ['PRESSMEDDELANDE', 'Rekordintresse för Norrland Digital', 'Umeå i oktober', 'Anna Lindqvist, ordförande i IT-nätverket Norr', 'Foto: Per Ek', 'Om IT-nätverket Norr', 'För mer information, kontakta', 'Erik Strand']) {
      expect(pdfText).toContain(phrase);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    rmSync(PDF_PNGS, { recursive: true, force: true });
    mkdirSync(PDF_PNGS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, join(PDF_PNGS, 'skarm')]);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', pdf.path, join(PDF_PNGS, 'tryck')]);

    await p.browser!.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Kopiera texten' }).click();
    await page.getByText('Texten är kopierad – klistra in den i ditt e-postmeddelande.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(txt);
  }, 120_000);

  it('publishes, and an edit afterwards becomes version 2 while version 1 stays as published', async () => {
    const page = p.page!;
    await page.getByRole('button', { name: 'Publicera …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publicera version 1?' });
    await dialog.getByText('Embargo: 2 september 2025 kl. 08.00').waitFor();
    await screenshot(page, 'press-04-publicera');
    await dialog.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText(/^Publicerad .* · version 1$/).waitFor();
    await page.getByRole('article', { name: 'Det publicerade pressmeddelandet' }).getByRole('heading', { name: HEADLINE }).waitFor();
    await screenshot(page, 'press-05-publicerad');

    await page.getByRole('button', { name: 'Redigera (ny version)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera pressmeddelande' }).waitFor();
    await page.getByLabel('Rubrik', { exact: true }).first().fill(HEADLINE_2);
    await saved(page);
    const versions = page.getByRole('navigation', { name: 'Versioner' });
    await versions.getByText('Version 2 (den här)').waitFor();
    await screenshot(page, 'press-06-version-2');

    await goTo(page, 'Pressmeddelanden');
    const row = page.getByRole('row', { name: new RegExp(HEADLINE_2) });
    await row.getByText('version 2 under arbete').waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(2); // header + one release
    await screenshot(page, 'press-07-lista');

    await row.getByRole('link', { name: HEADLINE_2 }).click();
    await page.getByRole('navigation', { name: 'Versioner' }).getByRole('link', { name: 'Version 1' }).click();
    const archived = page.getByRole('article', { name: 'Det publicerade pressmeddelandet' });
    await archived.getByRole('heading', { name: HEADLINE }).waitFor();
    await expect(archived.getByText(HEADLINE_2).count()).resolves.toBe(0);
    const again = readFileSync((await download(page, () => page.getByRole('button', { name: 'Text', exact: true }).click(), out)).path, 'utf8');
    expect(again).toContain(HEADLINE);
    expect(again).not.toContain(HEADLINE_2);
  }, 120_000);

  it('finds everything again after a restart, searches and duplicates', async () => {
    await p.stop();
    const page = await p.start();
    await goTo(page, 'Pressmeddelanden');
    await page.getByRole('link', { name: HEADLINE_2 }).waitFor();
    await page.getByLabel('Sök').fill('vindelns');
    await page.getByRole('link', { name: HEADLINE_2 }).waitFor();
    await page.getByLabel('Sök').fill('stadgeändring');
    await page.getByText('Inga pressmeddelanden matchar ”stadgeändring”.').waitFor();
    await page.getByLabel('Sök').fill('');
    await page.getByRole('button', { name: `Duplicera ”${HEADLINE_2}”` }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera pressmeddelande' }).waitFor();
    await expect(page.locator('.press-block').count()).resolves.toBe(10);
    await expect(block(page, 'Bild 3').getByRole('img').getAttribute('src')).resolves.toMatch(/^data:image\/jpeg;base64,/);
    expect(page.url()).not.toBe(releaseUrl);
  }, 120_000);

  it('refuses to export a release without a headline and says what is missing', async () => {
    const page = p.page!;
    await page.getByLabel('Rubrik', { exact: true }).first().fill('');
    await page.getByRole('button', { name: 'PDF', exact: true }).click();
    await page.getByText('Rubriken saknas.').waitFor();
    await view(page, 'press-08-rubrik-saknas');
    await page.getByLabel('Rubrik', { exact: true }).first().fill(HEADLINE_2);
    await page.getByText('Rubriken saknas.').waitFor({ state: 'detached' }); // the list follows the fix
    await saved(page);

    await goTo(page, 'Inställningar');
    await page.getByLabel('Språk').selectOption('en');
    await goTo(page, 'Press releases');
    await page.getByRole('button', { name: 'New press release' }).waitFor();
    await page.getByRole('link', { name: HEADLINE_2 }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Edit press release' }).waitFor();
    await page.getByText('62 characters · 9 words · recommended at most 80 characters and 12 words').waitFor();
    await view(page, 'press-09-engelska');
  }, 60_000);
});
