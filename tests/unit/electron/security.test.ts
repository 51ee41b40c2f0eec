import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join, resolve, sep } from 'node:path';
import {
  APP_HOST,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isPermissionGranted,
  isSafeExternalUrl,
  resolveAppPath,
  webPreferences,
} from '../../../electron/security';

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `${name} appears twice`).toBe(false);
    map.set(name.toLowerCase(), sources);
  }
  return map;
}

describe('webPreferences', () => {
  it('isolates and sandboxes the page, with every Node and legacy door shut', () => {
    expect(webPreferences('/app/dist-electron/preload.cjs')).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      devTools: false,
      preload: '/app/dist-electron/preload.cjs',
    });
  });

  it('enables DevTools only when asked for explicitly, and changes nothing else', () => {
    const base = webPreferences('/p.cjs');
    const dev = webPreferences('/p.cjs', { devTools: true });
    expect(dev.devTools).toBe(true);
    expect({ ...dev, devTools: false }).toStrictEqual(base);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no eval, no inline script, no remote host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(csp.get('script-src')).toStrictEqual(["'self'"]);
    expect(csp.get('default-src')).toStrictEqual(["'self'"]);
    expect(csp.has('script-src-elem') || csp.has('script-src-attr')).toBe(false);
  });

  it('allows inline style attributes but not <style> elements', () => {
    expect(csp.get('style-src')).toStrictEqual(["'self'"]);
    expect(csp.get('style-src-attr')).toStrictEqual(["'unsafe-inline'"]);
    for (const [name, sources] of csp) {
      if (name !== 'style-src-attr') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('names no network source: no scheme wildcard, no http(s), no *', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(\*|https?:|wss?:|ftp:|file:|filesystem:)/);
        expect(source, `${name} ${source}`).not.toContain('*');
      }
    }
  });

  it('shuts plugins, <base>, form posts and framing', () => {
    expect(csp.get('object-src')).toStrictEqual(["'none'"]);
    expect(csp.get('base-uri')).toStrictEqual(["'none'"]);
    expect(csp.get('form-action')).toStrictEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toStrictEqual(["'none'"]);
  });

  it('lets images come from the app, logos as data: URLs and exports as blob: URLs', () => {
    expect(csp.get('img-src')).toStrictEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toStrictEqual(["'self'"]);
    expect(csp.get('connect-src')).toStrictEqual(["'self'"]);
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app’s own pages', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('kansli');
    for (const url of ['app://kansli/', 'app://kansli/index.html', 'app://kansli/#/members', 'app://kansli/?x=1']) {
      expect(isAllowedNavigation(url), url).toBe(true);
    }
  });

  it('refuses the web, files, other hosts on the app scheme and look-alikes', () => {
    for (const url of [
      'https://kansli.se/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://other/',
      'app://kansli.evil.example/',
      'app://kansli:8080/',
      'app://user@kansli/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('isSafeExternalUrl', () => {
  it('lets ordinary web and mail links through', () => {
    for (const url of [
      'https://www.bolagsverket.se/foretag/forening/ideellforening',
      'http://example.se/stadgar.pdf',
      'https://skatteverket.se/foretag/drivaforetag/foreningar.4.76a43be412206334b89800052864.html?q=a%20b#x',
      'mailto:styrelsen@example.se',
      'mailto:kassor@example.se?subject=Faktura%202025&body=Hej',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses schemes that run or open something on the computer', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(document.cookie)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      // CVE-2022-30190 (Follina) and the search-ms: trick used with it
      'ms-msdt:/id PCWDiagnostic /skip force /param "IT_BrowseForFile=calc"',
      'search-ms:query=invoice&crumb=location:\\\\attacker.example\\share',
      'smb://attacker.example/share',
      'vbscript:msgbox(1)',
      'app://kansli/',
      'tel:+4686001000',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses credentials in the URL and malformed or disguised links', () => {
    for (const url of [
      'https://www.swedbank.se@evil.example/login',
      'https://user:secret@example.se/',
      'https://',
      'https:example',
      ' https://example.se/',
      'https://exa mple.se/',
      'https://example.se/\nSet-Cookie: x',
      'https://example.se/\u0000',
      'mailto:',
      `https://example.se/${'a'.repeat(3000)}`,
    ]) {
      expect(isSafeExternalUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('permissions', () => {
  it('grants the clipboard write and persistent storage only to the app itself', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://kansli/')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://kansli')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.se/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('denies everything else, even to the app', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'unknown']) {
      expect(isPermissionGranted(p, 'app://kansli/'), p).toBe(false);
    }
  });
});

describe('resolveAppPath', () => {
  const root = resolve('/srv/kansli/dist/renderer');

  it('maps the app’s URLs to files under the root, index.html for a folder', () => {
    expect(resolveAppPath(root, 'app://kansli/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kansli')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kansli/index.html?v=2#/members')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kansli/assets/index-B1x2.js')).toBe(join(root, 'assets', 'index-B1x2.js'));
    expect(resolveAppPath(root, 'app://kansli/assets/')).toBe(join(root, 'assets', 'index.html'));
    expect(resolveAppPath(root, 'app://kansli/fonts/DejaVu%20Sans.woff2')).toBe(join(root, 'fonts', 'DejaVu Sans.woff2'));
    expect(resolveAppPath(root, 'app://kansli/logotyp-f%C3%B6rening.png')).toBe(join(root, 'logotyp-förening.png'));
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://kansli/../../etc/passwd',
      'app://kansli/assets/../../../etc/passwd',
      'app://kansli/%2e%2e/%2e%2e/etc/passwd',
      'app://kansli/%2E%2E/secret',
      'app://kansli/.%2e/secret',
      'app://kansli/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://kansli/..%5c..%5cWindows%5cwin.ini',
      'app://kansli/assets\\..\\..\\secret',
      'app://kansli/C:%5cWindows%5cwin.ini',
      'app://kansli/%2Fetc%2Fpasswd',
      'app://kansli/index.html%00.png',
      'app://kansli/./index.html',
      'app://kansli/%E0%A4%A',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('refuses other schemes and hosts', () => {
    for (const url of ['file:///srv/kansli/dist/renderer/index.html', 'app://other/index.html', 'app://kansli:1/index.html', 'https://kansli/index.html']) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('never resolves outside the root, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '..%2f', '%5c', 'a', 'index.html', '', '%00', 'C:', '~'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        const result = resolveAppPath(root, `app://kansli/${parts.join('/')}`);
        if (result !== null) expect(result.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
