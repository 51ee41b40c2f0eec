import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StartShell } from '../../../renderer/src/ui/StartShell';
import { AREAS, areaFromHash, hrefFor } from '../../../renderer/src/ui/routes';
import { areaHref, readShellPrefs, shellPrefsCookie } from '../../../renderer/src/ui/shellScript';
import { en } from '../../../renderer/src/i18n/en';
import { sv } from '../../../renderer/src/i18n/sv';

// index.html holds this shell as static HTML (rendered at build time), painted before the app's
// scripts have run; the app's first render replaces it with the same markup.
describe('StartShell', () => {
  it('is the shell before the database is open: the navigation, the heading and the card’s place, nothing from settings', () => {
    const html = renderToStaticMarkup(<StartShell lang="sv" />);
    expect(html).toContain(`<h1 id="page-title">${sv['overview.title']}</h1>`);
    expect(html).toContain(`<a href="#/" aria-current="page">${sv['nav.overview']}</a>`);
    expect(html).toContain(`<a href="#/medlemmar">${sv['nav.members']}</a>`);
    expect(html).toContain('<div class="card org-card org-card--pending" aria-hidden="true"></div>');
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain(sv['overview.you']);
    expect(html).not.toContain('sync__badge');
  });

  it('has an English version', () => {
    expect(renderToStaticMarkup(<StartShell lang="en" />)).toContain(`<h1 id="page-title">${en['overview.title']}</h1>`);
  });
});

describe('areaHref', () => {
  it('finds the same area as the router', () => {
    for (const hash of ['', '#', '#/', '#token=abc', '#/medlemmar', '#/medlemmar/abc/redigera', '#/avgifter?x=1', '#/installningar', '#/okand', '#main']) {
      const area = areaFromHash(hash);
      const href = areaHref(hash);
      // An unknown path matches no link, and the shell shows the overview, as the router does.
      if (area === 'overview') expect(AREAS.filter((a) => a.area !== 'overview').map((a) => hrefFor(a.area))).not.toContain(href);
      else expect(href).toBe(hrefFor(area));
    }
  });
});

describe('shell prefs cookie', () => {
  it('round-trips language and theme among other cookies', () => {
    const cookie = shellPrefsCookie({ language: 'en', theme: 'dark' }).split(';')[0]!;
    expect(readShellPrefs(`a=1; ${cookie}; b=2`)).toEqual({ language: 'en', theme: 'dark' });
    expect(readShellPrefs('a=1')).toEqual({});
    expect(readShellPrefs('')).toEqual({});
  });
});
