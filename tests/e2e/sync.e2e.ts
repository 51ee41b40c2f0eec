// Two officers edit the association's details offline, sync through one encrypted file in a shared
// folder, a conflict appears and is resolved, and both end with the same data; a third officer joins
// with the passphrase and gets everything; a wrong passphrase gets a clear message.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { goTo, Profile, screenshot, setUserName, tempDir } from './harness';

const profiles: Profile[] = [];
const newProfile = () => {
  const p = new Profile();
  profiles.push(p);
  return p;
};
afterAll(async () => {
  for (const p of profiles) await p.stop().catch(() => undefined);
});

const shared = tempDir('shared-folder-');
const FILE = join(shared, 'Västsvenska IT-nätverket.kansli');
const PASS = 'Styrelsen möts i Borås 2026';

const setUser = setUserName;

async function editProfile(page: Page, fields: Record<string, string>) {
  await goTo(page, 'Inställningar');
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  const form = page.locator('form', { has: page.getByLabel('Föreningens namn') });
  await form.getByRole('button', { name: 'Spara' }).click();
  await form.getByText('Sparat').waitFor();
}

async function profileValue(page: Page, label: string): Promise<string> {
  await goTo(page, 'Inställningar');
  return page.getByLabel(label, { exact: true }).inputValue();
}

async function syncNow(page: Page) {
  await goTo(page, 'Synkronisering');
  await page.getByRole('button', { name: 'Synkronisera nu' }).click();
  await page.getByRole('status').filter({ hasText: /^Klart\./ }).waitFor();
}

describe('officers syncing through one encrypted file', () => {
  const karin = newProfile();
  const bo = newProfile();
  let k: Page;
  let b: Page;

  it('Karin fills in the association and creates an encrypted sync file in the shared folder', async () => {
    k = await karin.start();
    await setUser(k, 'Karin Lindqvist');
    await editProfile(k, { 'Föreningens namn': 'Västsvenska IT-nätverket', Postort: 'Göteborg' });
    await goTo(k, 'Synkronisering');
    await screenshot(k, 'sync-01-valj-fil');
    await k.getByLabel('Sökväg till synkfilen').fill(FILE);
    await k.getByLabel('Lösenfras (valfri men rekommenderad)').fill(PASS);
    await k.getByRole('button', { name: 'Skapa ny synkfil' }).click();
    await k.getByRole('heading', { name: 'Synkfil', exact: true }).waitFor();
    await k.getByText(FILE).waitFor();
    expect(existsSync(FILE)).toBe(true);
    const bytes = readFileSync(FILE);
    expect(bytes.toString('utf8', 0, bytes.indexOf(0x0a))).toContain('"format":"kansli-sync"');
    expect(bytes.toString('latin1')).not.toContain('IT-n');
    await screenshot(k, 'sync-02-skapad');
  }, 90_000);

  it('Bo joins: a wrong passphrase is refused with a clear message, the right one brings everything in', async () => {
    b = await bo.start();
    await setUser(b, 'Bo Ek');
    await goTo(b, 'Synkronisering');
    await b.getByLabel('Sökväg till synkfilen').fill('Västsvenska.kansli');
    await b.getByRole('button', { name: 'Anslut till befintlig' }).click();
    await b.getByText(/Ange hela sökvägen/).waitFor();
    await b.getByLabel('Sökväg till synkfilen').fill(FILE);
    await b.getByLabel('Lösenfras (valfri men rekommenderad)').fill('fel lösenfras');
    await b.getByRole('button', { name: 'Anslut till befintlig' }).click();
    await b.getByText('Fel lösenfras. Ingenting har ändrats.').waitFor();
    await screenshot(b, 'sync-03-fel-losenfras');
    expect(await profileValue(b, 'Föreningens namn')).toBe('');
    await goTo(b, 'Synkronisering');
    await b.getByLabel('Sökväg till synkfilen').fill(FILE);
    await b.getByLabel('Lösenfras (valfri men rekommenderad)').fill(PASS);
    await b.getByRole('button', { name: 'Anslut till befintlig' }).click();
    await b.getByRole('heading', { name: /Senaste synkroniseringen/ }).waitFor();
    await b.getByText('Karin Lindqvist').first().waitFor();
    await screenshot(b, 'sync-04-ansluten');
    expect(await profileValue(b, 'Föreningens namn')).toBe('Västsvenska IT-nätverket');
  }, 90_000);

  it('both edit offline; the same field becomes a conflict with both values, and resolving it settles it for both', async () => {
    await editProfile(k, { Postort: 'Borås', Webbplats: 'vit.se' });
    await editProfile(b, { Postort: 'Alingsås', 'E-post': 'styrelsen@vit.se' });
    await syncNow(k);
    await syncNow(b);
    await b.getByText('1 ny konflikt att lösa.', { exact: false }).waitFor();
    // Who changed what: Karin's edits arrived, named as hers.
    await b.getByRole('listitem').filter({ hasText: /Karin Lindqvist ändrade ”Västsvenska IT-nätverket” \(Webbplats\)/ }).waitFor();
    const conflict = b.getByRole('listitem').filter({ hasText: 'Postort' });
    await conflict.getByText('Alingsås').waitFor();
    await conflict.getByText('Borås').waitFor();
    await conflict.getByText(/Karin Lindqvist, /).waitFor();
    await conflict.getByText(/Bo Ek, /).waitFor();
    await screenshot(b, 'sync-05-konflikt');
    await conflict.getByRole('button', { name: 'Använd den andra' }).click();
    await b.getByText('Inga konflikter. Alla ändringar har kunnat slås ihop.').waitFor();
    await syncNow(b);
    await syncNow(k);
    await screenshot(k, 'sync-06-efter-konflikt');
    for (const page of [k, b]) {
      expect(await profileValue(page, 'Postort')).toBe('Borås');
      expect(await profileValue(page, 'E-post')).toBe('styrelsen@vit.se');
      expect(await profileValue(page, 'Webbplats')).toBe('vit.se');
    }
    await goTo(k, 'Synkronisering');
    await k.getByText('Inga konflikter. Alla ändringar har kunnat slås ihop.').waitFor();
  }, 90_000);

  it('a third officer joins with the passphrase and gets everything', async () => {
    const sara = newProfile();
    const s = await sara.start();
    await goTo(s, 'Synkronisering');
    await s.getByLabel('Sökväg till synkfilen').fill(FILE);
    await s.getByLabel('Lösenfras (valfri men rekommenderad)').fill(PASS);
    await s.getByLabel('Lösenfras (valfri men rekommenderad)').press('Enter');
    await s.getByRole('heading', { name: /Senaste synkroniseringen/ }).waitFor();
    await screenshot(s, 'sync-07-tredje');
    expect(await profileValue(s, 'Föreningens namn')).toBe('Västsvenska IT-nätverket');
    expect(await profileValue(s, 'Postort')).toBe('Borås');
    expect(await profileValue(s, 'E-post')).toBe('styrelsen@vit.se');
  }, 90_000);

  it('backs up to a folder, previews the backup and restores it after backing up the current state', async () => {
    const backups = tempDir('backups-');
    await goTo(k, 'Synkronisering');
    await k.getByLabel('Mapp för säkerhetskopior').fill(backups);
    await k.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
    await k.getByText(/Säkerhetskopian är sparad/).waitFor();
    await editProfile(k, { Postort: 'Skövde' });
    await goTo(k, 'Synkronisering');
    await k.getByRole('button', { name: 'Förhandsgranska' }).first().click();
    await k.getByText(/Föreningens uppgifter \(Västsvenska IT-nätverket\)/).waitFor();
    await k.getByRole('button', { name: 'Återställ den här säkerhetskopian' }).click();
    await screenshot(k, 'sync-08-aterstall');
    await k.getByRole('alertdialog').getByRole('button', { name: 'Återställ den här säkerhetskopian' }).click();
    await k.getByText(/Återställt\. Ändrade poster: 1\./).waitFor();
    await screenshot(k, 'sync-09-aterstallt');
    expect(await profileValue(k, 'Postort')).toBe('Borås');
    await goTo(k, 'Synkronisering');
    // The current state was backed up before the restore: two backups now.
    await k.getByRole('button', { name: 'Förhandsgranska' }).nth(1).waitFor();
    await expect(k.getByRole('button', { name: 'Förhandsgranska' }).count()).resolves.toBe(2);
  }, 90_000);

  it('stopping keeps the local data', async () => {
    await goTo(b, 'Synkronisering');
    await b.getByRole('button', { name: 'Sluta synkronisera' }).click();
    await b.getByRole('alertdialog').getByRole('button', { name: 'Sluta synkronisera' }).click();
    await b.getByRole('heading', { name: 'Välj den delade filen' }).waitFor();
    expect(await profileValue(b, 'Föreningens namn')).toBe('Västsvenska IT-nätverket');
  }, 90_000);
});
