// A new association from its founding to its first annual meeting. The constituting meeting
// adopts the bylaws (the minutes refer to a § of them), elects a board, lists a bilaga and is
// adjusted; its agenda is kept as the association's own template. The annual meeting is held in
// two cities: 40 registrations (a few typed, the rest pasted from a spreadsheet), the door list
// PDF, attendance marked, the voting register, elections, adjustment, the PDF, the decision
// register.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadFrom, goTo, pdfFileText, pdfToPngs, Profile, screenshot, tempDir } from './harness';

const profile = new Profile();
afterAll(async () => {
  await profile.stop().catch(() => undefined);
});

const out = tempDir('meetings-annual-');
const TIMEOUT = 90_000;

const download = (page: Page, button: string, name: string) => downloadFrom(page, button, out, name);
/** The text with line breaks and runs of spaces as single spaces, as a reader reads it. */
const pdfText = (path: string) => pdfFileText(path).replace(/\s+/g, ' ');
const pdfPages = pdfToPngs;

const paragraph = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^§ \\d+ ${title}$`) });

async function approve(page: Page, name: string, date: string) {
  await page.getByLabel('Justeras av').selectOption(name);
  await page.getByLabel('Datum', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Godkänn' }).click();
}

// 40 people from 20 member companies, two from each; the first ten companies are in Umeå.
const FIRST = ['Anna', 'Bo', 'Cecilia', 'David', 'Elin', 'Fredrik', 'Greta', 'Hampus', 'Ida', 'Jonas', 'Karin', 'Lars', 'Maja', 'Nils', 'Olle', 'Petra', 'Rut', 'Sven', 'Tove', 'Ulf'];
const COMPANIES = ['Acme Konsult AB', 'Byteverket AB', 'Codeloft AB', 'Datagruvan AB', 'Ekorren IT AB', 'Fjällnät AB', 'Granit Data AB', 'Hälleflundran Tech AB', 'Isbrytaren AB', 'Järven Digital AB', 'Kustkod AB', 'Lavskrikan AB', 'Malmfältens IT AB', 'Norrsken Data AB', 'Oxelösund Labs AB', 'Piteå Pixel AB', 'Renen Systems AB', 'Sorsele Soft AB', 'Tjäder IT AB', 'Umeälven Cloud AB'];
const people = Array.from({ length: 40 }, (_, i) => ({
  name: `${FIRST[i % 20]} ${i < 20 ? 'Lindberg' : 'Öhman'}`,
  organisation: COMPANIES[Math.floor(i / 2)]!,
  city: i < 20 ? 'Umeå' : 'Luleå',
  lunch: i % 3 !== 0,
  diet: i === 4 ? 'vegetarisk' : '',
}));
const TYPED = [0, 1, 20];

describe('the constituting meeting of a new association', () => {
  let page: Page;

  it('adopts the bylaws, so that the minutes can refer to them', async () => {
    page = await profile.start();
    await goTo(page, 'Inställningar');
    await page.getByLabel('Föreningens namn').fill('IT-nätverket Norr');
    await page.getByLabel('Postort').fill('Umeå');
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await page.getByText('Sparat').first().waitFor();
    await goTo(page, 'Stadgar');
    await page.getByRole('button', { name: 'Skapa förslag till stadgar från mallen' }).click();
    await page.getByRole('heading', { name: 'Förslag till stadgar' }).waitFor();
    await page.getByLabel('Datum').fill('2026-01-15');
    await page.getByLabel('Protokollets §').fill('7');
    await page.getByRole('button', { name: 'Registrera beslutet och anta stadgarna' }).click();
    await page.getByText(/Gäller från 15 januari 2026/).waitFor();
  }, TIMEOUT);

  it('creates the meeting in two places and keeps its agenda as the association’s own template', async () => {
    await goTo(page, 'Möten & protokoll');
    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await page.getByLabel('Typ av möte').selectOption('constituent');
    await page.getByLabel('Rubrik').fill('Konstituerande möte');
    await page.getByLabel('Datum', { exact: true }).fill('2026-01-15');
    await page.getByLabel('Plats 1').fill('Umeå');
    await page.getByRole('button', { name: 'Lägg till plats' }).click();
    await page.getByLabel('Plats 2').fill('Luleå');
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konstituerande möte' }).waitFor();

    await page.getByLabel('Spara dagordningen som mall').fill('Vårt bildandemöte');
    await page.getByRole('button', { name: 'Spara som mall' }).click();
    await page.getByText('Mallen ”Vårt bildandemöte” är sparad.').waitFor();
    await page.getByLabel('Spara dagordningen som mall').fill('vårt BILDANDEMÖTE');
    await page.getByLabel('Spara dagordningen som mall').press('Enter');
    await page.getByText('Det finns redan en mall med det namnet.').waitFor();
    await screenshot(page, 'meetings-annual-01-mall');
  }, TIMEOUT);

  it('writes the minutes: a reference to the bylaws, the board elected, a bilaga', async () => {
    await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
    await page.getByRole('heading', { name: 'Mötets funktionärer och närvaro' }).waitFor();
    await page.getByLabel('Ordförande', { exact: true }).fill('Anna Lindberg');
    await page.getByLabel('Sekreterare', { exact: true }).fill('Bo Lindberg');
    await page.getByLabel('Justerare 1').fill('Cecilia Lindberg');
    await page.getByLabel('Justerare 2').fill('Anna Öhman');

    const bylaws = paragraph(page, 'Antagande av stadgar');
    await bylaws.getByLabel('Anteckningar').fill('Förslaget till stadgar föredrogs. Föreningens ändamål diskuterades');
    await bylaws.getByRole('button', { name: 'Hänvisa till stadgarna' }).click();
    await bylaws.getByLabel('Paragraf i gällande stadgar').selectOption('2');
    await bylaws.screenshot({ path: 'tests/.tmp/screens/meetings-annual-02a-stadgehanvisning.png' });
    await bylaws.getByRole('button', { name: 'Infoga hänvisning' }).click();
    await expect.poll(() => bylaws.getByLabel('Anteckningar').inputValue()).toBe('Förslaget till stadgar föredrogs. Föreningens ändamål diskuterades (stadgarna § 2)');
    await expect(bylaws.getByRole('link', { name: '§ 2' }).getAttribute('href')).resolves.toBe('#/stadgar');
    await bylaws.getByRole('button', { name: '+ Beslut' }).click();
    await bylaws.getByLabel('Beslut 1').fill('att anta stadgarna i enlighet med förslaget');

    const board = paragraph(page, 'Val av styrelse');
    for (const [i, [role, name]] of [['ordförande', 'Anna Lindberg'], ['kassör', 'David Lindberg']].entries()) {
      await board.getByRole('button', { name: '+ Val' }).click();
      await board.getByLabel(`Uppdrag, val ${i + 1}`).fill(role!);
      await board.getByLabel(`Vald, val ${i + 1}`).fill(name!);
      await board.getByLabel(`Mandattid, val ${i + 1}`).fill('för tiden intill det första årsmötet');
    }
    await board.getByLabel('Omedelbart justerad').check();

    await page.getByLabel('Ny bilaga').fill('Stadgar antagna 15 januari 2026');
    await page.getByLabel('Hör till').selectOption({ label: '§ 7 Antagande av stadgar' });
    await page.getByRole('button', { name: 'Lägg till bilaga' }).click();
    await expect.poll(() => page.getByLabel('Rubrik på bilaga 1').inputValue()).toBe('Stadgar antagna 15 januari 2026');
    await page.getByText('Sparat').first().waitFor();
    await screenshot(page, 'meetings-annual-02-konstituerande-utkast');
  }, TIMEOUT);

  it('is finalised, adjusted by the chair and both adjusters, and printed with who approved when', async () => {
    await page.getByRole('button', { name: 'Färdigställ för justering' }).click();
    await page.getByRole('heading', { name: 'Justering' }).waitFor();
    await approve(page, 'Anna Lindberg', '2026-01-16');
    await page.getByText('justerat 16 januari 2026').first().waitFor();
    await approve(page, 'Cecilia Lindberg', '2026-01-17');
    await page.getByText('justerat 17 januari 2026').first().waitFor();
    await approve(page, 'Anna Öhman', '2026-01-18');
    await page.getByRole('heading', { name: 'Justerat protokoll' }).waitFor();
    await page.getByRole('link', { name: '(stadgarna § 2)' }).waitFor();
    await screenshot(page, 'meetings-annual-03-konstituerande-justerat');

    const pdf = await download(page, 'Ladda ner protokollet (PDF)', 'konstituerande.pdf');
    const text = pdfText(pdf);
    for (const expected of [
      'Konstituerande möte',
      'Föreningens ändamål diskuterades (stadgarna § 2)',
      'att anta stadgarna i enlighet med förslaget',
      'Till ordförande för tiden intill det första årsmötet valdes Anna Lindberg.',
      'Till kassör för tiden intill det första årsmötet valdes David Lindberg.',
      'OMEDELBART JUSTERAD',
      'Bilaga 1: Stadgar antagna 15 januari 2026',
      'Justerat 16 januari 2026',
      'Justerat 18 januari 2026',
      'SHA-256',
    ]) {
      expect(text).toContain(expected);
    }
    pdfPages(pdf, 'meetings-annual-pdf-konstituerande');
  }, TIMEOUT);
});

describe('the first annual meeting, in Umeå and Luleå at once', () => {
  let page: Page;

  it('is created from the standard agenda; the association’s own template is offered beside it', async () => {
    page = profile.page!;
    await goTo(page, 'Möten & protokoll');
    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await page.getByLabel('Typ av möte').selectOption('annual');
    await page.getByLabel('Dagordning', { exact: true }).selectOption({ label: 'Vårt bildandemöte (föreningens mall)' });
    await page.getByText('Visa mallens 13 punkter').waitFor();
    await screenshot(page, 'meetings-annual-03a-egen-mall');
    await page.getByLabel('Dagordning', { exact: true }).selectOption('annual');
    await page.getByLabel('Rubrik').fill('Årsmöte 2026');
    await page.getByLabel('Datum', { exact: true }).fill('2026-03-14');
    await page.getByLabel('Börjar kl.').fill('13:00');
    await page.getByLabel('Slutar kl.').fill('15:30');
    await page.getByLabel('Plats 1').fill('Umeå');
    await page.getByRole('button', { name: 'Lägg till plats' }).click();
    await page.getByLabel('Plats 2').fill('Luleå');
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årsmöte 2026' }).waitFor();
    // The agenda's items render after the heading: wait for the 21st before counting them all.
    await page.getByLabel('Punkt 21', { exact: true }).waitFor();
    await expect(page.getByLabel(/^Punkt \d+$/).count()).resolves.toBe(21);
  }, TIMEOUT);

  it('takes 40 registrations: three typed, the rest pasted from a spreadsheet (a bad row saves nothing)', async () => {
    await page.getByRole('link', { name: 'Anmälningar', exact: true }).click();
    for (const i of TYPED) {
      const p = people[i]!;
      await page.getByLabel('Namn', { exact: true }).fill(p.name);
      await page.getByLabel('Medlemsorganisation').fill(p.organisation);
      await page.getByLabel('Plats', { exact: true }).selectOption({ label: p.city });
      await page.getByLabel('Äter lunch').setChecked(p.lunch);
      await page.getByLabel('Specialkost').fill(p.diet);
      await page.getByLabel('Specialkost').press('Enter');
      await page.getByRole('cell', { name: p.name, exact: true }).waitFor();
    }
    await page.getByText('Klistra in många anmälningar').click();
    const rows = people.filter((_, i) => !TYPED.includes(i)).map((p) => [p.name, p.organisation, p.city, p.lunch ? 'ja' : '', p.diet].join('\t'));
    await page.getByLabel('En anmälan per rad').fill(['Namn\tOrganisation\tPlats\tLunch\tKost', ...rows, 'Per Sten\tKiruna Kod AB\tKiruna\tja\t'].join('\n'));
    await page.getByRole('button', { name: 'Registrera anmälningarna' }).click();
    await page.getByText('Rad 39: ”Kiruna” är inte en av mötets platser.').waitFor();
    await page.getByText('Anmälda: 3 (närvarande 0)').waitFor();
    await page.getByLabel('En anmälan per rad').fill(['Namn\tOrganisation\tPlats\tLunch\tKost', ...rows].join('\n'));
    await page.getByRole('button', { name: 'Registrera anmälningarna' }).click();
    await page.getByText('37 anmälningar registrerade.').waitFor();
    await page.getByText('Anmälda: 40 (närvarande 0)').waitFor();
    await page.getByText('Umeå: 20 anmälda, 13 äter lunch').waitFor();
    await page.getByText('Luleå: 20 anmälda, 13 äter lunch').waitFor();
    await screenshot(page, 'meetings-annual-04-anmalningar');
  }, TIMEOUT);

  it('prints the door list per city, with the preliminary voting register', async () => {
    const pdf = await download(page, 'Närvarolista för dörren (PDF)', 'narvarolista.pdf');
    const text = pdfText(pdf);
    for (const expected of ['Närvarolista', 'Årsmöte 2026', 'Umeå 20 anmälda, 13 med lunch', 'Luleå 20 anmälda, 13 med lunch', 'Totalt 40 anmälda, 26 med lunch', 'Specialkost: vegetarisk', 'Signatur', 'Röstlängd (preliminär)', 'Antal röster: 20.']) {
      expect(text).toContain(expected);
    }
    pdfPages(pdf, 'meetings-annual-pdf-narvarolista');
  }, TIMEOUT);

  it('marks attendance at the door; the voting register has one vote per member company', async () => {
    const present = [0, 1, 2, 4, 6, 20, 22, 23];
    for (const i of present) await page.getByLabel(`${people[i]!.name} är närvarande`).check();
    await page.getByText(`Anmälda: 40 (närvarande ${present.length})`).waitFor();
    // Acme (Anna and Bo), Byteverket, Codeloft, Datagruvan, Kustkod, Lavskrikan (two people): six votes.
    await page.getByRole('heading', { name: 'Röstlängd: 6 röster' }).waitFor();
    await page.getByText('Acme Konsult AB – Anna Lindberg').waitFor();
    await screenshot(page, 'meetings-annual-05-rostlangd');
    const pdf = await download(page, 'Närvarolista för dörren (PDF)', 'narvarolista-avprickad.pdf');
    const text = pdfText(pdf);
    expect(text).not.toContain('preliminär');
    expect(text).toContain('Antal röster: 6.');
    expect(text).toContain('Lavskrikan AB Cecilia Öhman');
    pdfPages(pdf, 'meetings-annual-pdf-narvarolista-avprickad');
  }, TIMEOUT);

  it('writes the minutes from attendance, elects the board, survives a reload, and is adjusted', async () => {
    await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
    await page.getByRole('heading', { name: 'Mötets funktionärer och närvaro' }).waitFor();
    await page.getByRole('button', { name: 'Hämta närvarande från anmälningarna' }).click();
    await expect.poll(() => page.getByLabel('Namn, rad 8').inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Lägg till person' }).click();
    await page.getByLabel('Namn, rad 9').fill('Maria Revisor');
    await page.getByLabel('Roll, rad 9').fill('revisor');
    await page.getByLabel('Närvaro, rad 9').selectOption('coopted');
    await page.getByLabel('Ordförande', { exact: true }).fill('Anna Lindberg');
    await page.getByLabel('Sekreterare', { exact: true }).fill('Bo Lindberg');
    await page.getByLabel('Justerare 1').fill('Cecilia Lindberg');
    await page.getByLabel('Justerare 2').fill('Anna Öhman');

    const register = paragraph(page, 'Fastställande av röstlängd');
    await register.getByRole('button', { name: '+ Beslut' }).click();
    await register.getByLabel('Beslut 1').fill('att fastställa röstlängden till 6 röster, en per närvarande medlemsföretag');
    const chair = paragraph(page, 'Val av föreningens ordförande');
    await chair.getByRole('button', { name: '+ Val' }).click();
    await chair.getByLabel('Uppdrag, val 1').fill('ordförande');
    await chair.getByLabel('Vald, val 1').fill('Anna Lindberg');
    await chair.getByLabel('Mandattid, val 1').fill('för en tid av ett år');
    await page.getByLabel('Ny bilaga').fill('Verksamhetsberättelse 2025');
    await page.getByLabel('Hör till').selectOption({ label: '§ 8 Styrelsens verksamhetsberättelse för det senaste verksamhetsåret' });
    await page.getByRole('button', { name: 'Lägg till bilaga' }).click();

    // Typed just before the reload: the debounced save has not run, the journal keeps it.
    await paragraph(page, 'Revisorernas berättelse').getByLabel('Anteckningar').pressSequentially('Revisorernas berättelse lästes upp');
    await page.reload();
    await page.getByRole('heading', { name: 'Mötets funktionärer och närvaro' }).waitFor();
    await expect.poll(() => paragraph(page, 'Revisorernas berättelse').getByLabel('Anteckningar').inputValue()).toBe('Revisorernas berättelse lästes upp');
    await expect.poll(() => page.getByLabel('Rubrik på bilaga 1').inputValue()).toBe('Verksamhetsberättelse 2025');
    await page.getByText('Sparat').first().waitFor();

    await page.getByRole('button', { name: 'Färdigställ för justering' }).click();
    await page.getByRole('heading', { name: 'Justering' }).waitFor();
    await approve(page, 'Cecilia Lindberg', '2026-03-16');
    await page.getByText('justerat 16 mars 2026').first().waitFor();
    await approve(page, 'Anna Öhman', '2026-03-17');
    await page.getByText('justerat 17 mars 2026').first().waitFor();
    await approve(page, 'Anna Lindberg', '2026-03-18');
    await page.getByRole('heading', { name: 'Justerat protokoll' }).waitFor();
    await screenshot(page, 'meetings-annual-06-arsmote-justerat');

    const pdf = await download(page, 'Ladda ner protokollet (PDF)', 'arsmote.pdf');
    const text = pdfText(pdf);
    for (const expected of [
      'Årsmöte 2026',
      'Umeå Luleå',
      'Närvarande',
      'Adjungerade',
      'Maria Revisor, revisor',
      'att fastställa röstlängden till 6 röster',
      'Till ordförande för en tid av ett år valdes Anna Lindberg.',
      'Bilaga 1: Verksamhetsberättelse 2025',
      'Revisorernas berättelse lästes upp',
      'Justerat 16 mars 2026',
      'Justerat 17 mars 2026',
      'Justerat 18 mars 2026',
    ]) {
      expect(text).toContain(expected);
    }
    pdfPages(pdf, 'meetings-annual-pdf-arsmote');
  }, TIMEOUT);

  it('finds the election in the decision register', async () => {
    await goTo(page, 'Möten & protokoll');
    await page.getByRole('link', { name: 'Beslut och åtgärder' }).click();
    await page.getByLabel('Sök bland besluten').fill('röstlängden');
    await page.getByText('1 beslut', { exact: true }).waitFor();
    await page.getByText('att fastställa röstlängden till 6 röster, en per närvarande medlemsföretag').waitFor();
    await page.getByLabel('Sök bland besluten').fill('ordförande Anna Lindberg');
    await page.getByText('2 beslut', { exact: true }).waitFor();
  }, TIMEOUT);

  it('renames and deletes the association’s own template', async () => {
    await goTo(page, 'Möten & protokoll');
    await page.getByRole('link', { name: 'Dagordningsmallar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Föreningens dagordningsmallar' }).waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Byt namn' }).click();
    await page.getByText('Ge mallen ett namn.').waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('Bildandemöte');
    await page.getByRole('button', { name: 'Byt namn' }).click();
    await page.getByText('Namnet är ändrat.').waitFor();
    await screenshot(page, 'meetings-annual-07-mallar');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Ta bort mallen Bildandemöte' }).click();
    await page.getByText('Inga egna mallar ännu').waitFor();
  }, TIMEOUT);
});
