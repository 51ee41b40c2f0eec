// Two officers and a member who asks to be forgotten. Karin and Bo both change Anna's and Erik's
// phone numbers offline: conflicts, shown on the member's own page with a link to the conflict.
// Then Karin anonymises Anna, who has left, while Bo – offline – types a new e-mail address for
// her. After both have synced both ways, Anna's personal data is gone on both computers: from the
// member, from the conflict list and from everything Kansli keeps in the browser's database.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { goTo, Profile, screenshot, setUserName, tempDir } from './harness';

const profiles: Profile[] = [];
afterAll(async () => {
  for (const p of profiles) await p.stop().catch(() => undefined);
});

const FILE = join(tempDir('erasure-shared-'), 'Föreningen.kansli');
const PASS = 'Styrelsen möts i Borås 2026';
const ANNA = ['Anna Andersson', 'anna.andersson@telia.com', '070-123 45 67', '070-999 88 77', '073-555 44 33', 'anna@nyadress.se'];

const setUser = setUserName;

async function addMember(page: Page, name: string, email: string, phone: string): Promise<string> {
  await goTo(page, 'Medlemmar');
  await page.evaluate(() => { window.location.hash = '#/medlemmar/ny'; });
  await page.getByRole('heading', { level: 1, name: 'Ny medlem' }).waitFor();
  await page.getByLabel('Person', { exact: true }).check();
  await page.getByLabel('Namn', { exact: true }).fill(name);
  await page.getByLabel('E-post', { exact: true }).first().fill(email);
  await page.getByLabel('Telefon', { exact: true }).first().fill(phone);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return new URL(page.url()).hash;
}

async function openMember(page: Page, hash: string, heading: string | RegExp) {
  await goTo(page, 'Medlemmar');
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function setField(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).first().fill(value);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText('Sparat', { exact: true }).waitFor();
}

/** By address: with open conflicts the menu link's name carries their count. */
async function goToSync(page: Page) {
  await page.evaluate(() => { window.location.hash = '#/synk'; });
  await page.getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor();
}

async function newRelease(page: Page, headline: string): Promise<string> {
  await goTo(page, 'Pressmeddelanden');
  await page.getByRole('button', { name: 'Nytt pressmeddelande' }).click();
  await page.getByRole('heading', { level: 1, name: 'Redigera pressmeddelande' }).waitFor();
  await page.getByLabel('Rubrik', { exact: true }).first().fill(headline);
  await page.locator('.press-save--saved').waitFor();
  return new URL(page.url()).hash;
}

async function editHeadline(page: Page, hash: string, headline: string) {
  await goTo(page, 'Pressmeddelanden');
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.getByRole('heading', { level: 1, name: 'Redigera pressmeddelande' }).waitFor();
  await page.getByLabel('Rubrik', { exact: true }).first().fill(headline);
  await page.locator('.press-save--saved').waitFor();
}

async function syncNow(page: Page) {
  await goToSync(page);
  await page.getByRole('button', { name: 'Synkronisera nu' }).click();
  await page.getByRole('status').filter({ hasText: /^Klart\./ }).waitFor();
}

/** Every record of every store of every IndexedDB database of the page, as text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((ok, fail) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        out.push(store, rows);
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}

describe('a GDPR erasure survives sync, and conflicts show on the record', () => {
  const karinProfile = new Profile();
  const boProfile = new Profile();
  profiles.push(karinProfile, boProfile);
  let k: Page;
  let b: Page;
  let anna = '';
  let erik = '';
  let release = '';

  it('Karin registers Anna and Erik and shares the register; Bo joins', async () => {
    k = await karinProfile.start();
    await setUser(k, 'Karin Lindqvist');
    anna = await addMember(k, 'Anna Andersson', 'anna.andersson@telia.com', '070-123 45 67');
    erik = await addMember(k, 'Erik Johansson', 'erik.johansson@gmail.com', '070-222 33 44');
    release = await newRelease(k, 'Nätverksträff i Borås');
    await goTo(k, 'Synkronisering');
    await k.getByLabel('Sökväg till synkfilen').fill(FILE);
    await k.getByLabel('Lösenfras (valfri men rekommenderad)').fill(PASS);
    await k.getByRole('button', { name: 'Skapa ny synkfil' }).click();
    await k.getByRole('heading', { name: 'Synkfil', exact: true }).waitFor();

    b = await boProfile.start();
    await setUser(b, 'Bo Ek');
    await goTo(b, 'Synkronisering');
    await b.getByLabel('Sökväg till synkfilen').fill(FILE);
    await b.getByLabel('Lösenfras (valfri men rekommenderad)').fill(PASS);
    await b.getByRole('button', { name: 'Anslut till befintlig' }).click();
    await b.getByRole('heading', { name: /Senaste synkroniseringen/ }).waitFor();
    await openMember(b, anna, 'Anna Andersson');
  }, 120_000);

  it('both change the same phone numbers offline: the member page says "Konflikt att lösa" and leads to it', async () => {
    await openMember(k, anna, 'Anna Andersson');
    await setField(k, 'Telefon', '070-999 88 77');
    await openMember(k, erik, 'Erik Johansson');
    await setField(k, 'Telefon', '070-111 11 11');
    await openMember(b, anna, 'Anna Andersson');
    await setField(b, 'Telefon', '073-555 44 33');
    await openMember(b, erik, 'Erik Johansson');
    await setField(b, 'Telefon', '073-222 22 22');
    await editHeadline(k, release, 'Nätverksträff i Borås den 12 mars');
    await editHeadline(b, release, 'Välkommen till nätverksträff i Borås');
    await syncNow(k);
    await syncNow(b);

    // The press release shows its conflict too.
    await editHeadline(b, release, 'Välkommen till nätverksträff i Borås');
    await b.getByRole('link', { name: 'Konflikt att lösa: Rubrik' }).waitFor();
    await screenshot(b, 'syncfeat-00-press-konflikt');

    await openMember(b, erik, 'Erik Johansson');
    const badge = b.getByRole('link', { name: 'Konflikt att lösa: Telefon' });
    await badge.waitFor();
    await screenshot(b, 'syncfeat-01-medlem-konflikt');
    await badge.click();
    const marked = b.locator('li[aria-current="true"]');
    await marked.waitFor();
    await marked.getByText('073-222 22 22').waitFor();
    await marked.getByText('070-111 11 11').waitFor();
    await expect(marked.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await screenshot(b, 'syncfeat-02-konflikten');
    await marked.getByRole('button', { name: 'Behåll den som gäller' }).click();
    await openMember(b, erik, 'Erik Johansson');
    // Resolved: the badge goes (Anna's conflict is still open, on her own page).
    await expect(b.getByRole('link', { name: /Konflikt att lösa/ }).count()).resolves.toBe(0);
  }, 120_000);

  it('Karin anonymises Anna while Bo, offline, gives her a new e-mail address', async () => {
    await openMember(k, anna, 'Anna Andersson');
    await k.getByLabel('Status').selectOption({ label: 'Utträdd' });
    await k.getByRole('button', { name: 'Spara', exact: true }).click();
    await k.getByText('Sparat', { exact: true }).waitFor();
    await k.getByRole('button', { name: 'Anonymisera…' }).click();
    await k.getByRole('dialog').getByRole('button', { name: 'Anonymisera', exact: true }).click();
    await k.getByRole('heading', { level: 1, name: 'Anonymiserad medlem nr 1' }).waitFor();

    await openMember(b, anna, 'Anna Andersson');
    await b.getByRole('link', { name: 'Konflikt att lösa: Telefon' }).waitFor();
    await setField(b, 'E-post', 'anna@nyadress.se');
  }, 120_000);

  it('after syncing both ways her data is gone on both computers, conflicts included', async () => {
    await syncNow(b);
    await syncNow(k);
    await syncNow(b);
    for (const page of [k, b]) {
      await openMember(page, anna, 'Anonymiserad medlem nr 1');
      await expect(page.getByLabel('E-post', { exact: true }).first().inputValue()).resolves.toBe('');
      await expect(page.getByLabel('Telefon', { exact: true }).first().inputValue()).resolves.toBe('');
      await expect(page.getByRole('link', { name: /Konflikt att lösa/ }).count()).resolves.toBe(0);
    }
    await screenshot(b, 'syncfeat-03-anonymiserad');
    for (const page of [k, b]) {
      await goToSync(page);
      await page.getByRole('heading', { name: /Senaste synkroniseringen/ }).waitFor();
      const text = await page.locator('main').innerText();
      for (const value of ANNA) expect(text).not.toContain(value);
      const stored = await everythingStored(page);
      for (const value of ANNA) expect(stored, `${value} is still stored`).not.toContain(value);
      // Erik's data was not touched.
      expect(stored).toContain('Erik Johansson');
    }
    await screenshot(b, 'syncfeat-04-synk');
  }, 120_000);

  it('sync on quit is a setting of this computer that stays chosen', async () => {
    await goToSync(k);
    await k.getByLabel('Synkronisera när Kansli stängs').check();
    await goTo(k, 'Medlemmar');
    await goToSync(k);
    await expect(k.getByLabel('Synkronisera när Kansli stängs').isChecked()).resolves.toBe(true);
    await screenshot(k, 'syncfeat-05-vid-avslut');
  }, 60_000);
});
