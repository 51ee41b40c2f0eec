import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConfStore, SettingsService } from '../../../electron/services/settings';
import { parseCli, defaultDataDir, CliError } from '../../../electron/services/profile';

const dir = () => mkdtempSync(join(tmpdir(), 'kansli-settings-'));

describe('local settings (conf outside Electron)', () => {
  it('starts in Swedish with a new device id, and keeps it', () => {
    const d = dir();
    const first = new SettingsService(openConfStore(d)).get();
    expect(first.language).toBe('sv');
    expect(first.theme).toBe('system');
    expect(first.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new SettingsService(openConfStore(d)).get().deviceId).toBe(first.deviceId);
  });

  it('keeps what the user set after a restart, in settings.json of the profile', () => {
    const d = dir();
    new SettingsService(openConfStore(d)).update({ userName: 'Karin Lindqvist', boardRole: 'Kassör', language: 'en' });
    const again = new SettingsService(openConfStore(d)).get();
    expect(again).toMatchObject({ userName: 'Karin Lindqvist', boardRole: 'Kassör', language: 'en' });
    expect(JSON.parse(readFileSync(join(d, 'settings.json'), 'utf8')).local.userName).toBe('Karin Lindqvist');
  });

  it('refuses to change the device id or store a bad value', () => {
    const s = new SettingsService(openConfStore(dir()));
    const id = s.get().deviceId;
    expect(() => s.update({ deviceId: '00000000-0000-4000-8000-000000000000' } as never)).toThrow();
    expect(() => s.update({ language: 'de' } as never)).toThrow();
    expect(s.get().deviceId).toBe(id);
    expect(s.get().language).toBe('sv');
  });

  it('repairs a hand-damaged file field by field, keeping the device id', () => {
    const d = dir();
    const id = new SettingsService(openConfStore(d)).update({ userName: 'Per' }).deviceId;
    const file = join(d, 'settings.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.local.theme = 'neon';
    writeFileSync(file, JSON.stringify(json));
    const repaired = new SettingsService(openConfStore(d)).get();
    expect(repaired).toMatchObject({ deviceId: id, userName: 'Per', theme: 'system' });
  });

  it('remembers the browser host port of the profile', () => {
    const d = dir();
    new SettingsService(openConfStore(d)).setHostPort(51234);
    expect(new SettingsService(openConfStore(d)).hostPort()).toBe(51234);
  });
});

describe('command line', () => {
  it('takes the profile from --data, --data=, or KANSLI_DATA', () => {
    expect(parseCli(['--data', '/tmp/a'], {}).dataDir).toBe('/tmp/a');
    expect(parseCli(['--data=/tmp/b'], {}).dataDir).toBe('/tmp/b');
    expect(parseCli([], { KANSLI_DATA: '/tmp/c' }).dataDir).toBe('/tmp/c');
    expect(parseCli(['--data', '/tmp/d'], { KANSLI_DATA: '/tmp/c' }).dataDir).toBe('/tmp/d');
  });

  it('uses the same folder as Electron by default', () => {
    expect(parseCli([], {}).dataDir).toBe(defaultDataDir());
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/k/.config' })).toBe('/home/k/.config/Kansli');
  });

  it('says what is wrong with a bad flag', () => {
    expect(() => parseCli(['--data'], {})).toThrow(CliError);
    expect(() => parseCli(['--port', '80'], {})).toThrow(/1024/);
    expect(parseCli(['--no-open', '--browser'], {})).toMatchObject({ open: false, browser: true });
  });
});
