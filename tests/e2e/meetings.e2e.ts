// A secretary plans a board meeting from the template, sends the notice, writes the minutes
// (reloading in the middle of a sentence loses nothing), finalises them, has them adjusted,
// exports the PDF with its SHA-256, finds them locked, and makes a correction as a new revision.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { downloadFrom, goTo, pdfFileText, pdfToPngs, Profile, screenshot, tempDir } from './harness';

const profile = new Profile();
afterAll(async () => {
  await profile.stop().catch(() => undefined);
});

const out = tempDir('meetings-');

const download = (page: Page, button: string, name: string) => downloadFrom(page, button, out, name);
const pdfText = (path: string) => pdfFileText(path, { layout: true });
const pdfPages = pdfToPngs;

const paragraph = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^§ \\d+ ${title}$`) });

describe('meetings and minutes', () => {
  let page: Page;

  it('creates a board meeting in two places from the template, refusing a meeting that ends before it starts', async () => {
    page = await profile.start();
    await goTo(page, 'Inställningar');
    await page.getByLabel('Föreningens namn').fill('Västsvenska IT-nätverket');
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await page.getByText('Sparat').first().waitFor();

    await goTo(page, 'Möten & protokoll');
    await page.getByText('Inga möten ännu').waitFor();
    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt möte' }).waitFor();
    await page.getByLabel('Typ av möte').selectOption('board');
    await page.getByLabel('Rubrik').fill('Styrelsemöte 3/2025');
    await page.getByLabel('Datum', { exact: true }).fill('2025-03-18');
    await page.getByLabel('Börjar kl.').fill('18:00');
    await page.getByLabel('Slutar kl.').fill('17:30');
    await page.getByLabel('Plats 1').fill('Göteborg, Lindholmen Science Park');
    await page.getByRole('button', { name: 'Lägg till plats' }).click();
    await page.getByLabel('Plats 2').fill('Online');
    await page.getByLabel('Länk för deltagande på distans').nth(1).fill('https://meet.example.se/styrelsen');
    await page.getByLabel('Styrelsens ledamöter').fill('Anna Lindqvist\nErik Berg\nSara Holm\nJohan Ek\nMaria Nilsson');
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByText('Mötet slutar innan det börjar. Kontrollera tiderna.').waitFor();
    await screenshot(page, 'meetings-01-fel-tid');
    await page.getByLabel('Slutar kl.').fill('20:00');
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Styrelsemöte 3/2025' }).waitFor();
    await expect(page.getByLabel('Punkt 5', { exact: true }).inputValue()).resolves.toBe('Ekonomisk rapport');
  }, 60_000);

  it('adds, moves (with the keyboard) and removes agenda items', async () => {
    await page.getByLabel('Ny punkt på dagordningen').fill('Budget för höstkonferensen');
    await page.getByLabel('Ny punkt på dagordningen').press('Enter');
    // New business lands before the closing item, and gets the focus.
    await expect.poll(() => page.getByLabel('Punkt 11', { exact: true }).inputValue()).toBe('Budget för höstkonferensen');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Budget för höstkonferensen');
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByLabel('Punkt 9', { exact: true }).inputValue()).toBe('Budget för höstkonferensen');
    await page.getByRole('button', { name: 'Ta bort ”Rapporter från arbetsgrupper”' }).click();
    await expect.poll(() => page.getByLabel('Punkt 8', { exact: true }).inputValue()).toBe('Budget för höstkonferensen');
    await screenshot(page, 'meetings-02-dagordning');
  }, 60_000);

  it('gives the notice as e-mail text and as a PDF', async () => {
    await page.getByRole('link', { name: 'Kallelse', exact: true }).click();
    const text = page.getByLabel('Text för e-post');
    await text.waitFor();
    const mail = await text.inputValue();
    expect(mail).toContain('Styrelsens ledamöter i Västsvenska IT-nätverket kallas härmed till styrelsemöte.');
    expect(mail).toContain('tisdag 18 mars 2025, kl. 18.00–20.00');
    expect(mail).toContain('– Online: https://meet.example.se/styrelsen');
    expect(mail).toContain('\n8. Budget för höstkonferensen');
    await screenshot(page, 'meetings-03-kallelse');
    const pdf = await download(page, 'Ladda ner kallelsen (PDF)', 'kallelse.pdf');
    const body = pdfText(pdf);
    expect(body).toContain('KALLELSE');
    expect(body).toContain('Budget för höstkonferensen');
    expect(body).toContain('Lindholmen Science Park');
    pdfPages(pdf, 'meetings-pdf-kallelse');
  }, 60_000);

  it('writes minutes with two decisions and an action item, and keeps text typed just before a reload', async () => {
    await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
    await page.getByRole('heading', { name: 'Mötets funktionärer och närvaro' }).waitFor();
    await expect(page.getByLabel('Namn, rad 5').inputValue()).resolves.toBe('Maria Nilsson');
    await page.getByLabel('Närvaro, rad 4').selectOption('absent');
    await page.getByLabel('Ordförande').fill('Anna Lindqvist');
    await page.getByLabel('Sekreterare').fill('Erik Berg');
    await page.getByLabel('Justerare 1').fill('erik berg');
    await page.getByText('Sekreteraren kan inte också vara justerare').waitFor();
    await page.getByLabel('Justerare 1').fill('Sara Holm');
    await page.getByRole('button', { name: 'Lägg till person' }).click();
    await page.getByLabel('Namn, rad 6').fill('Karin Lund');
    await page.getByLabel('Roll, rad 6').fill('revisor');
    await page.getByLabel('Närvaro, rad 6').selectOption('coopted');

    const economy = paragraph(page, 'Ekonomisk rapport');
    await economy.getByLabel('Anteckningar').fill('Kassören redogjorde för det ekonomiska läget. Intäkterna från medlemsavgifterna följer budget.');
    await economy.getByRole('button', { name: '+ Beslut' }).click();
    await economy.getByLabel('Beslut 1').fill('att lägga den ekonomiska rapporten till handlingarna');
    await economy.getByRole('button', { name: '+ Åtgärd' }).click();
    await economy.getByLabel('Vad, åtgärd 1').fill('Skicka påminnelse till medlemmar som inte betalat avgiften');
    await economy.getByLabel('Vem, åtgärd 1').fill('Karin Lund');
    await economy.getByLabel('Klart senast, åtgärd 1').fill('2025-04-15');
    const budget = paragraph(page, 'Budget för höstkonferensen');
    await budget.getByRole('button', { name: '+ Beslut' }).click();
    await budget.getByLabel('Beslut 1').fill('att anslå 50 000 kr till höstkonferensen');
    await budget.getByLabel('Omedelbart justerad').check();

    // Type and reload at once: the debounced save has not run yet.
    const notes = budget.getByLabel('Anteckningar');
    await notes.pressSequentially('Styrelsen diskuterade lokal och talare för hösten');
    await page.reload();
    await page.getByRole('heading', { name: 'Mötets funktionärer och närvaro' }).waitFor();
    await expect.poll(() => paragraph(page, 'Budget för höstkonferensen').getByLabel('Anteckningar').inputValue()).toBe('Styrelsen diskuterade lokal och talare för hösten');
    await expect(paragraph(page, 'Ekonomisk rapport').getByLabel('Vem, åtgärd 1').inputValue()).resolves.toBe('Karin Lund');
    await page.getByText('Sparat').first().waitFor();
    await screenshot(page, 'meetings-04-protokoll-utkast');
  }, 60_000);

  it('finalises, is adjusted by the chair and the adjuster, and exports the PDF with its SHA-256', async () => {
    await page.getByRole('button', { name: 'Färdigställ för justering' }).click();
    await page.getByRole('heading', { name: 'Justering' }).waitFor();
    const hash = (await page.getByTestId('content-hash').innerText()).replace(/\s+/g, '');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText('Innehållet stämmer med kontrollsumman').waitFor();
    await page.getByLabel('Justeras av').selectOption('Anna Lindqvist');
    await page.getByLabel('Datum', { exact: true }).fill('2025-03-17');
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Protokollet kan inte justeras före mötet.').waitFor();
    await page.getByLabel('Datum', { exact: true }).fill('2025-03-20');
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('justerat 20 mars 2025').first().waitFor();
    await page.getByLabel('Justeras av').selectOption('Sara Holm');
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByRole('heading', { name: 'Justerat protokoll' }).waitFor();
    await screenshot(page, 'meetings-05-justerat');

    const pdf = await download(page, 'Ladda ner protokollet (PDF)', 'protokoll.pdf');
    const body = pdfText(pdf);
    expect(body).toContain('§ 1');
    expect(body).toContain('Justeras');
    expect(body).toContain('Vid protokollet');
    expect(body).toContain('att anslå 50 000 kr till höstkonferensen');
    expect(body).toContain('Paragrafen förklarades omedelbart justerad.');
    expect(body.replace(/\s+/g, '')).toContain(hash);
    pdfPages(pdf, 'meetings-pdf-protokoll');
  }, 60_000);

  it('refuses edits once adjusted, saying why', async () => {
    await page.getByText('Protokollet är justerat och låst.').first().waitFor();
    await expect(page.getByLabel('Anteckningar').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Färdigställ för justering' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Dagordning', exact: true }).click();
    await page.getByText('Protokollet är justerat och låst.').first().waitFor();
    await expect(page.getByLabel('Punkt 1', { exact: true }).isEditable()).resolves.toBe(false);
    await expect(page.getByLabel('Ny punkt på dagordningen').count()).resolves.toBe(0);
    await screenshot(page, 'meetings-06-last-dagordning');
  }, 60_000);

  it('makes a correction as a new revision that keeps the adjusted one and says what changed', async () => {
    await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
    await page.getByText('Rätta protokollet').click();
    await page.getByRole('button', { name: 'Skapa rättad version' }).click();
    await page.getByText('Skriv varför protokollet rättas.').waitFor();
    await page.getByLabel('Vad behöver rättas, och varför?').fill('Fel belopp i beslutet om höstkonferensen');
    await page.getByRole('button', { name: 'Skapa rättad version' }).click();
    await page.getByText('Rättelse av version 1: Fel belopp i beslutet om höstkonferensen').waitFor();
    await paragraph(page, 'Budget för höstkonferensen').getByLabel('Beslut 1').fill('att anslå 55 000 kr till höstkonferensen');
    await page.getByRole('button', { name: 'Färdigställ för justering' }).click();
    await page.getByRole('heading', { name: 'Justering' }).waitFor();
    await page.getByText(/§ 8 Budget för höstkonferensen, beslut: struket ”50”, tillagt ”55”/).waitFor();
    await page.getByText('ersatt av en rättad version').waitFor();
    await screenshot(page, 'meetings-07-rattelse');
    const old = await download(page, 'PDF av version 1', 'protokoll-v1.pdf');
    expect(pdfText(old)).toContain('att anslå 50 000 kr');
    // The new revision says what it replaces, why, and what changed.
    const revised = await download(page, 'Ladda ner protokollet (PDF)', 'protokoll-v2.pdf');
    const text = pdfText(revised).replace(/\s+/g, ' ');
    expect(text).toContain('Rättelse: Fel belopp i beslutet om höstkonferensen');
    expect(text).toContain('Revision 2 ersätter revision 1, justerad den 20 mars 2025.');
    expect(text).toContain('§ 8 Budget för höstkonferensen, beslut: struket ”50”, tillagt ”55”');
    expect(text).toContain('att anslå 55 000 kr');
    pdfPages(revised, 'meetings-pdf-protokoll-rattelse');
  }, 60_000);

  it('numbers the next board meeting on from the last, and pulls in the open action items', async () => {
    await goTo(page, 'Möten & protokoll');
    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2025-04-22');
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Styrelsemöte 22 april 2025' }).waitFor();
    const ics = await download(page, 'Lägg in i kalendern (.ics)', 'styrelsemote.ics');
    expect(readFileSync(ics, 'utf8')).toContain('DTSTART;TZID=Europe/Stockholm:20250422T180000');
    await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
    // Meeting 3/2025 ended at § 11, so this one starts at § 12.
    const followUp = page.getByRole('region', { name: '§ 15 Uppföljning av föregående protokoll' });
    await followUp.getByRole('button', { name: 'Hämta öppna åtgärder' }).click();
    await expect.poll(() => followUp.getByLabel('Anteckningar').inputValue()).toContain('– Skicka påminnelse till medlemmar som inte betalat avgiften (Karin Lund, klart senast 15 april 2025), § 5 Styrelsemöte 3/2025');
    await screenshot(page, 'meetings-10-uppfoljning');
  }, 60_000);

  it('finds the decision in the decision register and follows up the action item', async () => {
    await goTo(page, 'Möten & protokoll');
    await page.getByRole('link', { name: 'Beslut och åtgärder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslut och åtgärder' }).waitFor();
    await page.getByLabel('Sök bland besluten').fill('höstkonferensen anslå');
    await page.getByText('1 beslut', { exact: true }).waitFor();
    await page.getByText('att anslå 55 000 kr till höstkonferensen').waitFor();
    await page.getByRole('link', { name: '§ 8 Budget för höstkonferensen' }).waitFor();
    // The due date (15 April 2025) has passed: the action is overdue until it is marked done.
    await page.getByText('(försenad)').waitFor();
    await page.getByLabel('Klar: Skicka påminnelse till medlemmar som inte betalat avgiften').check();
    await page.getByText('(försenad)').waitFor({ state: 'detached' });
    await page.getByLabel('Visa åtgärder').selectOption('overdue');
    await page.getByText('Inga åtgärder att visa.').waitFor();
    await page.getByLabel('Visa åtgärder').selectOption('done');
    await expect(page.getByLabel('Klar: Skicka påminnelse till medlemmar som inte betalat avgiften').isChecked()).resolves.toBe(true);
    await screenshot(page, 'meetings-09-beslutsregister');
  }, 60_000);
});

describe('an annual meeting: registrations in two cities and the voting register', () => {
  it('takes registrations per place, counts lunches and gives one vote per member organisation', async () => {
    const page = profile.page!;
    await goTo(page, 'Möten & protokoll');
    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await page.getByLabel('Typ av möte').selectOption('annual');
    await page.getByLabel('Datum', { exact: true }).fill('2025-04-24');
    await page.getByLabel('Plats 1').fill('Göteborg');
    await page.getByRole('button', { name: 'Lägg till plats' }).click();
    await page.getByLabel('Plats 2').fill('Stockholm');
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årsmöte 24 april 2025' }).waitFor();
    await expect(page.getByLabel('Punkt 4', { exact: true }).inputValue()).resolves.toBe('Val av två justerare tillika rösträknare');
    // The agenda's items render after the heading: wait for the 21st before counting them all.
    await page.getByLabel('Punkt 21', { exact: true }).waitFor();
    await expect(page.getByLabel(/^Punkt \d+$/).count()).resolves.toBe(21);

    await page.getByRole('link', { name: 'Anmälningar', exact: true }).click();
    await page.getByRole('button', { name: 'Registrera anmälan' }).click();
    await page.getByText('Skriv namnet på den som anmäler sig.').waitFor();
    const people = [
      ['Anna Svensson', 'Acme Konsult AB', '0', true, 'vegetarisk'],
      ['Bo Ek', 'Acme Konsult AB', '0', false, ''],
      ['Cecilia Holm', 'Byteverket AB', '1', true, 'glutenfri'],
      ['David Lund', 'Öresundskod AB', '1', true, ''],
    ] as const;
    for (const [name, org, place, lunch, diet] of people) {
      await page.getByLabel('Namn', { exact: true }).fill(name);
      await page.getByLabel('Medlemsorganisation').fill(org);
      await page.getByLabel('Plats', { exact: true }).selectOption(place);
      await page.getByLabel('Äter lunch').setChecked(lunch);
      await page.getByLabel('Specialkost').fill(diet);
      await page.getByLabel('Specialkost').press('Enter');
      await page.getByRole('cell', { name, exact: true }).waitFor();
    }
    await page.getByText('Stockholm: 2 anmälda, 2 äter lunch').waitFor();
    await page.getByText('Göteborg: 2 anmälda, 1 äter lunch').waitFor();
    for (const name of ['Anna Svensson', 'Bo Ek', 'Cecilia Holm']) await page.getByLabel(`${name} är närvarande`).check();
    await page.getByRole('heading', { name: 'Röstlängd: 2 röster' }).waitFor();
    await page.getByLabel('Bo Ek för organisationens röst').check();
    await page.getByText('Acme Konsult AB – Bo Ek').waitFor();
    await screenshot(page, 'meetings-08-anmalningar-rostlangd');
    const pdf = await download(page, 'Ladda ner röstlängden (PDF)', 'rostlangd.pdf');
    const body = pdfText(pdf);
    expect(body).toContain('Röstlängd – Årsmöte 24 april 2025');
    expect(body).toContain('Acme Konsult AB – Bo Ek');
    expect(body).not.toContain('Öresundskod');
    pdfPages(pdf, 'meetings-pdf-rostlangd');
  }, 60_000);

  it('keeps a paragraph of 100,000 characters across a reload', async () => {
    const page = profile.page!;
    await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
    const long = 'Revisorerna redogjorde för sin granskning av räkenskaperna och förvaltningen. '.repeat(1300).slice(0, 100_000);
    const notes = paragraph(page, 'Revisorernas berättelse').getByLabel('Anteckningar');
    await notes.fill(long);
    await page.reload();
    await page.getByRole('heading', { name: 'Mötets funktionärer och närvaro' }).waitFor();
    await expect.poll(async () => (await paragraph(page, 'Revisorernas berättelse').getByLabel('Anteckningar').inputValue()).length).toBe(100_000);
  }, 60_000);
});
