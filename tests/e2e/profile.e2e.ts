// A new user starts Kansli, sets the association's name and logo, restarts, and finds them kept;
// a second profile beside the first keeps its own data; bad input changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { goTo, Profile, screenshot, tempDir } from './harness';

const LOGO = resolve('tests/fixtures/logo.png');
const NOT_IMAGE = resolve('tests/fixtures/not-an-image.png');

const profiles: Profile[] = [];
const newProfile = () => {
  const p = new Profile();
  profiles.push(p);
  return p;
};
afterAll(async () => {
  for (const p of profiles) await p.stop().catch(() => undefined);
});

describe('first start, restart and a second profile', () => {
  const first = newProfile();

  it('opens on Översikt with every area in the navigation, each on its own screen', async () => {
    const page = await first.start();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const area of ['Översikt', 'Medlemmar', 'Avgifter', 'Möten & protokoll', 'Stadgar', 'Pressmeddelanden', 'Synkronisering', 'Inställningar']) {
      await expect(nav.getByRole('link', { name: area }).count()).resolves.toBe(1);
    }
    await page.getByText('Börja med att fylla i föreningens uppgifter').waitFor();
    await screenshot(page, '01-oversikt-ny');
    // Every area opens on its own screen (goTo waits for its heading); none shows invented data.
    for (const [area, file] of [
      ['Medlemmar', '02-medlemmar'],
      ['Avgifter', '03-avgifter'],
      ['Möten & protokoll', '04-moten'],
      ['Stadgar', '05-stadgar'],
      ['Pressmeddelanden', '06-press'],
      ['Synkronisering', '07-synk'],
    ] as const) {
      await goTo(page, area);
      await screenshot(page, file);
    }
    await first.stop();
  });

  it('keeps the association name, logo and local settings across a restart', async () => {
    await first.stop();
    {
      const page = await first.start();
      await goTo(page, 'Inställningar');
      await page.getByLabel('Föreningens namn').fill('Västsvenska IT-nätverket');
      await page.getByLabel('Organisationsnummer').fill('802456-1238');
      await page.getByLabel('Postort').fill('Göteborg');
      await page.locator('input[type=file]').setInputFiles(LOGO);
      await page.getByRole('img', { name: 'Föreningens logotyp' }).waitFor();
      await page.getByRole('button', { name: 'Spara' }).first().click();
      await page.getByText('Sparat').first().waitFor();
      await page.getByLabel('Ditt namn').fill('Karin Lindqvist');
      await page.getByLabel('Din roll i styrelsen').fill('Kassör');
      await page.getByRole('button', { name: 'Spara' }).nth(1).click();
      await page.getByText('Sparat').nth(1).waitFor();
      await screenshot(page, '08-installningar');
      await first.stop();
    }
    const page = await first.start();
    await page.getByRole('heading', { name: 'Västsvenska IT-nätverket' }).waitFor();
    await page.getByText('Karin Lindqvist, Kassör').waitFor();
    const logo = page.getByRole('img', { name: 'Föreningens logotyp' });
    await expect(logo.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    await screenshot(page, '09-oversikt-efter-omstart');
    await goTo(page, 'Inställningar');
    await expect(page.getByLabel('Föreningens namn').inputValue()).resolves.toBe('Västsvenska IT-nätverket');
    await expect(page.getByLabel('Ditt namn').inputValue()).resolves.toBe('Karin Lindqvist');
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const page = first.page!;
    await goTo(page, 'Inställningar');
    const name = page.getByLabel('Föreningens namn');
    await name.fill('Ett annat namn');
    await page.getByLabel('Organisationsnummer').fill('802456-1239'); // wrong check digit
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await page.getByText('Organisationsnumret stämmer inte').waitFor();
    await page.getByText('Rätta de markerade fälten. Ingenting har sparats.').waitFor();

    await page.locator('input[type=file]').setInputFiles(NOT_IMAGE);
    await page.getByText('Filen är ingen PNG- eller JPEG-bild. Logotypen är oförändrad.').waitFor();
    const big = join(tempDir('big-'), 'jattestor.png');
    writeFileSync(big, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3 * 1024 * 1024)]));
    await page.locator('input[type=file]').setInputFiles(big);
    await page.getByText(/Bilden är 3,0 MB – högst 2 MB/).waitFor();
    await expect(page.getByRole('img', { name: 'Föreningens logotyp' }).getAttribute('src')).resolves.toMatch(/^data:image\/png/);
    await screenshot(page, '10-felaktiga-uppgifter');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await goTo(page, 'Inställningar');
    await expect(page.getByLabel('Föreningens namn').inputValue()).resolves.toBe('Västsvenska IT-nätverket');
    await expect(page.getByLabel('Organisationsnummer').inputValue()).resolves.toBe('802456-1238');
  });

  it('a second profile beside the first has its own data', async () => {
    const second = newProfile();
    const page = await second.start();
    expect(second.app!.port).not.toBe(first.app!.port);
    await page.getByText('Börja med att fylla i föreningens uppgifter').waitFor();
    await goTo(page, 'Inställningar');
    await expect(page.getByLabel('Föreningens namn').inputValue()).resolves.toBe('');
    await page.getByLabel('Föreningens namn').fill('Skånes Kodklubb');
    await page.getByRole('button', { name: 'Spara' }).first().click();
    await page.getByText('Sparat').first().waitFor();
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await screenshot(page, '11-andra-profilen-engelska');

    const firstPage = first.page!;
    await goTo(firstPage, 'Översikt');
    await firstPage.getByRole('heading', { name: 'Västsvenska IT-nätverket' }).waitFor();
    await firstPage.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  });
});

