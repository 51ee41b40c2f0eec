// The static shell's behaviour until React takes over. index.html holds the shell as plain HTML
// (ui/StartShell.tsx, rendered at build time), so it paints before the app's scripts have loaded.
// A small script (renderer/src/shell.ts, built on its own, render-blocking) runs this before that
// first paint, so the shell never shows what the app would not:
//  - the officer's language and theme, remembered from the last start in a cookie (the host's
//    settings are not known yet): an English shell is kept in index.html as a template;
//  - the area in the address (a reload on #/medlemmar shows the members area waiting, not the
//    overview), and, as the links are clicked, the area chosen: the links are plain hash links,
//    so they work without any script, and the app opens the area in the address when it starts;
//  - the skip link, which moves focus instead of changing the address.
// boot.tsx calls release() just before React replaces the shell with the same markup.

export type ShellPrefs = { language?: string; theme?: string };
export type StaticShell = { release(): void };

declare global {
  interface Window {
    kansliShell?: StaticShell;
  }
}

/** The navigation link of the area in a hash, read as ui/routes.ts areaFromHash does: `#/medlemmar/x?y` gives `#/medlemmar`. */
export function areaHref(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  return '#/' + (path.split('/')[1] ?? '');
}

// A cookie, not localStorage: the first use of localStorage in a freshly started browser opens its
// database on disk, which took about 0.2 s in a trace of a cold start, all of it before the first
// paint. The cookies are already loaded for the page's own request. It holds no personal data.
const COOKIE = 'kansli-shell';

export function readShellPrefs(cookie: string): ShellPrefs {
  const m = new RegExp(`(?:^|;\\s*)${COOKIE}=([a-z]+)\\.([a-z]+)`).exec(cookie);
  return m ? { language: m[1], theme: m[2] } : {};
}

export function shellPrefsCookie(prefs: Required<ShellPrefs>): string {
  return `${COOKIE}=${prefs.language}.${prefs.theme}; max-age=31536000; path=/; samesite=strict`;
}

/** Remembers what the next start's shell needs before the host has answered. */
export function saveShellPrefs(prefs: Required<ShellPrefs>, doc: Document = document): void {
  try {
    const now = readShellPrefs(doc.cookie);
    if (now.language === prefs.language && now.theme === prefs.theme) return;
    doc.cookie = shellPrefsCookie(prefs);
  } catch {
    // No cookies here: the next start shows the Swedish shell in the system's theme until the app runs.
  }
}

export function startShell(doc: Document, win: Window): StaticShell {
  const none = { release() {} };
  const root = doc.getElementById('root');
  if (!root) return none;
  let prefs: ShellPrefs = {};
  try {
    prefs = readShellPrefs(doc.cookie);
  } catch {
    // Cookies may be unavailable (an opaque origin): keep the defaults.
  }
  const html = doc.documentElement;
  if (prefs.theme === 'light' || prefs.theme === 'dark') html.dataset.theme = prefs.theme;
  if (prefs.language && prefs.language !== html.lang) {
    const template = doc.getElementById(`shell-${prefs.language}`);
    if (template instanceof HTMLTemplateElement) {
      root.replaceChildren(template.content.cloneNode(true));
      html.lang = prefs.language;
    }
  }
  const main = root.querySelector<HTMLElement>('main');
  const overview = main?.firstElementChild;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a[href^="#/"]')];
  if (!main || !overview || links.length === 0) return none;
  // As App.tsx shows an area that cannot open before the database has.
  const waiting = doc.createElement('p');
  waiting.className = 'muted';
  waiting.setAttribute('role', 'status');
  waiting.textContent = '…';

  const sync = () => {
    const href = areaHref(win.location.hash);
    const current = links.find((a) => a.getAttribute('href') === href) ?? links.find((a) => a.getAttribute('href') === '#/')!;
    for (const a of links) {
      if (a === current) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const content = current.getAttribute('href') === '#/' ? overview : waiting;
    if (main.firstElementChild !== content) main.replaceChildren(content);
  };
  const skip = (e: MouseEvent) => {
    if (!(e.target instanceof Element) || !e.target.closest('a.skip')) return;
    e.preventDefault();
    main.focus();
  };
  sync();
  win.addEventListener('hashchange', sync);
  root.addEventListener('click', skip);
  return {
    release() {
      win.removeEventListener('hashchange', sync);
      root.removeEventListener('click', skip);
    },
  };
}

/** What has focus in the shell, so the same element can have it again once React has replaced the shell. */
export function focusedInShell(doc: Document): string | null {
  const el = doc.activeElement;
  if (!el || !doc.getElementById('root')?.contains(el)) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const href = el.getAttribute('href');
  if (href !== null) return `${el.tagName.toLowerCase()}[href="${CSS.escape(href)}"]`;
  return null;
}

export function refocus(doc: Document, selector: string | null): void {
  if (selector) doc.querySelector<HTMLElement>(selector)?.focus();
}
