import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repo = fileURLToPath(new URL('../../../', import.meta.url));

type Target = string | { target: string; arch?: string[] };
type Config = {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  directories: { output: string; buildResources: string };
  electronFuses: Record<string, boolean>;
  win: { target: Target[]; icon: string };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean; installerLanguages: string[]; perMachine: boolean; deleteAppDataOnUninstall: boolean };
  mac: { target: Target[]; category: string; hardenedRuntime: boolean; icon: string };
  linux: { target: Target[]; category: string; maintainer: string; icon: string };
};
const config = require('../../../build/electron-builder.config.cjs') as Config;
const names = (targets: Target[]) => targets.map((t) => (typeof t === 'string' ? t : t.target));

/** Width, height and colour type from a PNG's IHDR, after checking signature and CRC-free structure. */
function pngInfo(bytes: Uint8Array): { width: number; height: number; colorType: number } {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8)).toStrictEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25]! };
}

/** The alpha of pixel (0,0) of an 8-bit RGBA PNG: the first byte after the filter byte is red. */
function cornerAlpha(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes);
  const idat: Buffer[] = [];
  for (let p = 8; p < buf.length; ) {
    const len = buf.readUInt32BE(p);
    if (buf.toString('latin1', p + 4, p + 8) === 'IDAT') idat.push(buf.subarray(p + 8, p + 8 + len));
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  // filter type None/Sub/Up/Average/Paeth leave the first pixel of the first row as stored (+0)
  return raw[4]!;
}

describe('electron-builder configuration', () => {
  it('is valid against electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    // and the check is real: a misspelt option fails
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, oneclick: false } }, { isEnabled: false, add() {} })).rejects.toThrow();
  });

  it('names the app and packs it into an asar from the built folders', () => {
    expect(config.appId).toBe('se.kansli.app');
    expect(config.productName).toBe('Kansli');
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'dist-electron/**/*', 'package.json']));
    expect(config.files.filter((f) => !f.startsWith('!')).some((f) => /^(renderer|electron|tests|bench|node_modules)\//.test(f))).toBe(false);
  });

  it('builds an NSIS installer for Windows, a dmg for macOS, AppImage and deb for Linux', () => {
    expect(names(config.win.target)).toStrictEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true, perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.nsis.installerLanguages).toStrictEqual(['sv_SE', 'en_US']);
    expect(names(config.mac.target)).toStrictEqual(['dmg']);
    expect(config.mac).toMatchObject({ category: 'public.app-category.productivity', hardenedRuntime: true });
    expect(names(config.linux.target).sort()).toStrictEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });

  it('flips the fuses that keep a signed app from running other code', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps every package the bundles require at run time (esbuild externals) in the app', () => {
    const esbuildConfig = readFileSync(`${repo}esbuild.config.mjs`, 'utf8');
    const externals = [...esbuildConfig.matchAll(/external:\s*\[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!));
    expect(externals).toContain('pdfkit');
    const excluded = config.files.filter((f) => f.startsWith('!node_modules/')).map((f) => f.split('/')[1]);
    for (const name of [...externals.filter((e) => e !== 'electron'), 'dejavu-fonts-ttf']) {
      expect(excluded, name).not.toContain(name);
    }
    const pkg = JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    for (const name of externals.filter((e) => e !== 'electron')) expect(Object.keys(pkg.dependencies), name).toContain(name);
    expect(Object.keys(pkg.dependencies)).not.toContain('electron');
  });
});

describe('icons', () => {
  it('has a 1024×1024 RGBA PNG with transparent corners', () => {
    const png = readFileSync(`${repo}${config.linux.icon}`);
    expect(pngInfo(png)).toStrictEqual({ width: 1024, height: 1024, colorType: 6 });
    expect(cornerAlpha(png)).toBe(0);
  });

  it('has a Windows .ico up to 256 px, every entry a PNG of the size it claims', () => {
    const ico = readFileSync(`${repo}${config.win.icon}`);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const size = ico[e] === 0 ? 256 : ico[e]!;
      const entry = ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8));
      expect(pngInfo(entry)).toMatchObject({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has a macOS .icns whose entries are PNGs up to 1024 px', () => {
    const icns = readFileSync(`${repo}${config.mac.icon}`);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes: Record<string, number> = {};
    for (let p = 8; p < icns.length; ) {
      const type = icns.toString('latin1', p, p + 4);
      const len = icns.readUInt32BE(p + 4);
      sizes[type] = pngInfo(icns.subarray(p + 8, p + len)).width;
      p += len;
    }
    expect(sizes).toMatchObject({ ic07: 128, ic08: 256, ic09: 512, ic10: 1024 });
  });
});
