import { describe, expect, it } from 'vitest';
import { escapeHtml, isSafeImageDataUrl, toHtml } from '../../../renderer/src/domain/press/html';
import { toPlainText } from '../../../renderer/src/domain/press/plainText';
import { org, release, TINY_PNG } from './fixtures';

describe('plain text export', () => {
  it('reads top to bottom like the release, with Swedish quotes and attribution', () => {
    const text = toPlainText(release({ embargo: '2025-09-02T08:00' }), org);
    const order = [
      'PRESSMEDDELANDE\n2 september 2025',
      'EMBARGO: Får publiceras tidigast 2 september 2025 kl. 08.00',
      'Rekordintresse för Norrland Digital – 600 deltagare till Umeå i oktober',
      'Höstens stora IT-konferens i norr',
      'Konferensen arrangeras',
      '”Vi ser att frågorna om AI har gått från att handla om teknik till att handla om ledarskap.”\n– Anna Lindqvist, ordförande i IT-nätverket Norr',
      'Tre spår och ett öppet forum',
      '[Bild: Anna Lindqvist. Foto: Per Ek]',
      'Om IT-nätverket Norr\nIT-nätverket Norr är en ideell förening',
      'För mer information, kontakta:\nAnna Lindqvist, ordförande\nTelefon: 070-123 45 67\nE-post: anna@itnorr.se\n\nLars Öhman, kommunikatör\nE-post: press@itnorr.se',
      'IT-nätverket Norr · itnorr.se',
    ];
    let at = -1;
    for (const phrase of order) {
      const found = text.indexOf(phrase);
      expect(found, phrase).toBeGreaterThan(at);
      at = found;
    }
  });

  it('leaves out empty blocks, pictures never picked and contacts without a name', () => {
    const text = toPlainText(release(), org);
    expect(text).not.toContain('ej vald');
    expect(text).not.toMatch(/\n\n\n/);
    expect(text).not.toContain('EMBARGO');
    expect(text.match(/Telefon:/g)).toHaveLength(1);
  });
});

describe('HTML export', () => {
  it('is one self-contained page: pictures and logo inline, no outside references', () => {
    const html = toHtml(release(), org);
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<img src="${TINY_PNG}" alt="Anna Lindqvist" width="1" height="1">`);
    expect(html).toContain(`<img class="logo" src="${TINY_PNG}" alt="IT-nätverket Norr">`);
    expect(html).not.toMatch(/(src|href)="(?!data:|mailto:|tel:|https:\/\/itnorr\.se)/);
    expect(html).toContain('<blockquote><p>”Vi ser att frågorna om AI');
    expect(html).toContain('<footer>– <cite>Anna Lindqvist, ordförande i IT-nätverket Norr</cite></footer>');
    expect(html).toContain('<span class="credit">Foto: Per Ek</span>');
    expect(html).toContain('<a href="mailto:anna@itnorr.se">anna@itnorr.se</a>');
    expect(html).toContain('Telefon <a href="tel:0701234567">070-123 45 67</a>');
    expect(html).toContain('--brand:#0b5d4b');
  });

  it('escapes whatever the writer typed, so pasted markup shows as text', () => {
    const html = toHtml(
      release({
        headline: 'Vi <3 "öppen" data & AI',
        lead: '<script>alert(1)</script>',
        body: [{ id: 'q', type: 'quote', text: "It's <b>bold</b>", name: 'Eva "Evi" Ek', title: '<i>VD</i>' }],
        contacts: [{ name: 'X', email: '"><img src=x onerror=alert(1)>@a.se' }],
      }),
      { ...org, name: 'A & B <förening>', color: 'red;}</style><script>alert(1)</script>' },
    );
    expect(html).toContain('<title>Vi &lt;3 &quot;öppen&quot; data &amp; AI</title>');
    expect(html).toContain('<h1>Vi &lt;3 &quot;öppen&quot; data &amp; AI</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('”It&#39;s &lt;b&gt;bold&lt;/b&gt;”');
    expect(html).toContain('Eva &quot;Evi&quot; Ek, &lt;i&gt;VD&lt;/i&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror=alert(1)>');
    expect(html).toContain('--brand:#1f4e79'); // a colour that is not #rrggbb falls back
    expect(html).toContain('A &amp; B &lt;förening&gt;');
  });

  it('keeps paragraphs and line breaks the writer typed', () => {
    const html = toHtml(release({ body: [{ id: 'p', type: 'paragraph', text: 'Rad ett\nrad två\n\nNytt stycke' }] }), org);
    expect(html).toContain('<p>Rad ett<br>rad två</p>\n<p>Nytt stycke</p>');
  });

  it('lets only PNG and JPEG data URLs through as pictures', () => {
    expect(isSafeImageDataUrl(TINY_PNG)).toBe(true);
    expect(isSafeImageDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    expect(isSafeImageDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isSafeImageDataUrl('https://example.com/a.png')).toBe(false);
    expect(isSafeImageDataUrl('data:image/png;base64,AAAA" onerror="alert(1)')).toBe(false);
    const html = toHtml(release({ body: [{ id: 'i', type: 'image', src: 'javascript:alert(1)', caption: 'x', credit: '' }] }), org);
    expect(html).not.toContain('javascript:');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
