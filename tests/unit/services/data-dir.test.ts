import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { dataDirFromArgs } from '../../../electron/services/profile';

const cwd = resolve('/home/kassor');

describe('dataDirFromArgs', () => {
  it('reads --data DIR and --data=DIR, relative to the working directory', () => {
    expect(dataDirFromArgs(['dist-electron/main.cjs', '--data', 'profil'], {}, cwd)).toBe(resolve(cwd, 'profil'));
    expect(dataDirFromArgs(['--data=/srv/kansli/styrelsen'], {}, cwd)).toBe(resolve('/srv/kansli/styrelsen'));
  });

  it('prefers the command line over KANSLI_DATA, which beats the default', () => {
    expect(dataDirFromArgs(['--data', '/a'], { KANSLI_DATA: '/b' }, cwd)).toBe(resolve('/a'));
    expect(dataDirFromArgs([], { KANSLI_DATA: '/b' }, cwd)).toBe(resolve('/b'));
    expect(dataDirFromArgs([], {}, cwd)).toBeUndefined();
    expect(dataDirFromArgs([], { KANSLI_DATA: '' }, cwd)).toBeUndefined();
  });

  it('ignores a --data without a value instead of taking the next switch as the folder', () => {
    expect(dataDirFromArgs(['--data', '--no-open'], {}, cwd)).toBeUndefined();
    expect(dataDirFromArgs(['--data'], { KANSLI_DATA: '/b' }, cwd)).toBe(resolve('/b'));
    expect(dataDirFromArgs(['--data='], {}, cwd)).toBeUndefined();
  });
});
