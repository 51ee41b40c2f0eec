// The Electron shell's security policy, kept as data and small pure functions so that tests (and
// electronegativity) can check it without starting Electron. main.ts only wires these in.
// No 'electron' import here: the browser host reuses the CSP from this file in plain Node.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The UI is served from app://kansli: a fixed origin, so IndexedDB survives restarts and updates. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kansli';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

export type SecureWebPreferences = {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  spellcheck: true;
  devTools: boolean;
  preload: string;
};

/**
 * The window's webPreferences. DevTools are off unless asked for explicitly (an unpackaged
 * developer build); in a packaged app they cannot be opened at all, not even by a shortcut.
 */
export function webPreferences(preloadPath: string, opts: { devTools?: boolean } = {}): SecureWebPreferences {
  return {
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
    devTools: opts.devTools === true,
    preload: preloadPath,
  };
}

/**
 * One policy for both shells (also sent by the browser host). Scripts only from the app itself;
 * style attributes are allowed because React's `style` prop and layout libraries set them, but
 * <style> elements and every kind of inline script are not. Logos are data: URLs, exported files
 * are blob: URLs, hence img-src.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Permissions the app itself uses; everything else (camera, location, notifications…) is denied. */
export const GRANTED_PERMISSIONS: readonly string[] = [
  // navigator.clipboard.writeText behind "Kopiera" buttons (OCR references, e-mail lists).
  // Chromium asks for this one before every write; denying it makes every copy button fail.
  'clipboard-sanitized-write',
  // navigator.storage.persist(): without it Chromium may evict the IndexedDB database (the whole
  // member register) when the disk runs low.
  'persistent-storage',
];

/** Whether a permission may be granted: only the listed ones, and only to the app's own origin. */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  if (!GRANTED_PERMISSIONS.includes(permission)) return false;
  return typeof requestingUrl === 'string' && isAllowedNavigation(requestingUrl);
}

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The window may only ever show the app's own pages. */
export function isAllowedNavigation(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.hostname.toLowerCase() === APP_HOST && u.port === '' && !u.username && !u.password;
}

const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f]/;

/**
 * Links that may be handed to the operating system: web pages and e-mail, well-formed, without
 * user names or passwords (phishing-style `https://bank.se@evil.example`), without whitespace or
 * control characters that the URL parser would silently strip.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048 || UNSAFE_CHARS.test(url)) return false;
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'mailto:') return u.pathname.length > 0 && !u.pathname.startsWith('/');
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  // `https:example` parses as https://example/; a link that odd is a typo or a trick.
  if (!/^https?:\/\/[^/\\]/i.test(url)) return false;
  return u.hostname.length > 0 && u.username === '' && u.password === '';
}

/**
 * Maps app://kansli/<path> to a file under rootDir, or null when the request must be refused:
 * another scheme or host, credentials or a port, `..` in any spelling, backslashes (a separator on
 * Windows), NUL, drive letters, or anything that would resolve outside rootDir. '/' and any
 * directory path give its index.html.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (!isAllowedNavigation(requestUrl)) return null;
  // The raw path, not URL#pathname: the parser would quietly fold `/../` and `%2e%2e` away, and a
  // request that tries them is refused outright rather than served something else.
  const rawPath = requestUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\\/:\u0000]/.test(segment)) return null;
    segments.push(segment);
  }
  if (rawPath === '' || rawPath.endsWith('/')) segments.push('index.html');
  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}
