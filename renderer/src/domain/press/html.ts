// The release as one self-contained HTML file for the website or an e-mail: pictures inline as
// data URLs, styles inline, every piece of text escaped, and only safe links and image data let
// through, since a release's text and pictures may have been pasted from anywhere.
import { attribution, embargoLine, formatDate, quoted } from './format';
import { printedBlocks, printedContacts } from './model';
import type { PressReleaseData, ReleaseOrg } from './types';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;
export function isSafeImageDataUrl(src: string | undefined): src is string {
  return typeof src === 'string' && IMAGE_DATA_URL.test(src);
}

function safeColor(c: string | undefined): string {
  return c && /^#[0-9a-f]{6}$/i.test(c) ? c : '#1f4e79';
}

/** Paragraphs split on blank lines; single line breaks kept as <br>. */
function paragraphs(text: string, cls?: string): string {
  const attr = cls ? ` class="${cls}"` : '';
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p${attr}>${p.split('\n').map((l) => escapeHtml(l.trim())).join('<br>')}</p>`)
    .join('\n');
}

function websiteHref(site: string): string | undefined {
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(site) ? site : `https://${site}`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function contactHtml(c: { name: string; role?: string; phone?: string; email?: string }): string {
  const lines = [`<strong>${escapeHtml(c.name.trim())}</strong>${c.role?.trim() ? `, ${escapeHtml(c.role.trim())}` : ''}`];
  const phone = c.phone?.trim();
  if (phone) lines.push(`Telefon <a href="tel:${escapeHtml(phone.replace(/[^\d+]/g, ''))}">${escapeHtml(phone)}</a>`);
  const email = c.email?.trim();
  if (email) lines.push(/^[^\s@<>"']+@[^\s@<>"']+$/.test(email) ? `E-post <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>` : `E-post ${escapeHtml(email)}`);
  return `<li>${lines.join('<br>')}</li>`;
}

const STYLE = `
body{margin:0;background:#f4f5f7;color:#1c2430;font:16px/1.6 Georgia,'Times New Roman',serif}
.release{max-width:42rem;margin:2rem auto;background:#fff;padding:2.5rem 3rem;border-top:6px solid var(--brand)}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;font-family:system-ui,sans-serif}
.logo{max-height:56px;max-width:180px}
.label{margin:0;font-weight:700;letter-spacing:.06em;color:var(--brand);font-size:.85rem}
.date{margin:0;color:#5b6676;font-size:.85rem}
.embargo{font-family:system-ui,sans-serif;font-weight:700;color:#9b1c1c;border:1px solid #9b1c1c;padding:.4rem .7rem;display:inline-block}
h1{font:700 2rem/1.2 system-ui,sans-serif;color:var(--brand);margin:1.5rem 0 1rem}
.lead{font-weight:700;font-size:1.1rem}
h2{font:700 1.2rem/1.3 system-ui,sans-serif;color:var(--brand);margin:1.8rem 0 .4rem}
blockquote{margin:1.5rem 0;padding:.2rem 0 .2rem 1.2rem;border-left:4px solid var(--brand)}
blockquote p{font-style:italic;font-size:1.1rem;margin:.3rem 0}
blockquote footer{font-family:system-ui,sans-serif;font-size:.9rem;color:#5b6676}
figure{margin:1.5rem 0;text-align:center}
figure img{max-width:100%;height:auto;max-height:28rem}
figcaption{font-family:system-ui,sans-serif;font-size:.85rem;color:#5b6676;font-style:italic}
.about,.contacts{font-family:system-ui,sans-serif;font-size:.9rem;border-top:1px solid #d9dee5;margin-top:2rem}
.about h2,.contacts h2{font-size:1rem}
.contacts ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.org{font-family:system-ui,sans-serif;font-size:.8rem;color:#5b6676;border-top:1px solid #d9dee5;margin-top:2rem;padding-top:.6rem}
`;

export function toHtml(r: PressReleaseData, org: ReleaseOrg): string {
  const out: string[] = [];
  const logo = isSafeImageDataUrl(org.logo) ? `<img class="logo" src="${org.logo}" alt="${escapeHtml(org.name)}">` : '';
  out.push(`<header><div><p class="label">PRESSMEDDELANDE</p><p class="date"><time datetime="${escapeHtml(r.date)}">${escapeHtml(formatDate(r.date))}</time></p></div>${logo}</header>`);
  if (r.embargo) out.push(`<p class="embargo">${escapeHtml(embargoLine(r.embargo))}</p>`);
  out.push(`<h1>${escapeHtml(r.headline.trim())}</h1>`);
  if (r.lead.trim()) out.push(paragraphs(r.lead, 'lead'));
  for (const b of printedBlocks(r.body)) {
    switch (b.type) {
      case 'paragraph':
        out.push(paragraphs(b.text));
        break;
      case 'heading':
        out.push(`<h2>${escapeHtml(b.text.trim())}</h2>`);
        break;
      case 'quote':
        out.push(`<blockquote>${paragraphs(quoted(b.text))}<footer>– <cite>${escapeHtml(attribution(b.name, b.title))}</cite></footer></blockquote>`);
        break;
      case 'image': {
        if (!isSafeImageDataUrl(b.src)) break;
        const caption = b.caption.trim();
        const credit = b.credit.trim();
        const size = b.width && b.height ? ` width="${Math.round(b.width)}" height="${Math.round(b.height)}"` : '';
        const cap = caption || credit ? `<figcaption>${escapeHtml(caption)}${credit ? `${caption ? ' ' : ''}<span class="credit">Foto: ${escapeHtml(credit.replace(/^foto:?\s*/i, ''))}</span>` : ''}</figcaption>` : '';
        out.push(`<figure><img src="${b.src}" alt="${escapeHtml(caption || 'Bild')}"${size}>${cap}</figure>`);
        break;
      }
    }
  }
  if (r.aboutText.trim()) out.push(`<section class="about"><h2>${escapeHtml(r.aboutHeading.trim() || 'Om föreningen')}</h2>${paragraphs(r.aboutText)}</section>`);
  const contacts = printedContacts(r.contacts);
  if (contacts.length > 0) out.push(`<section class="contacts"><h2>För mer information, kontakta</h2><ul>${contacts.map(contactHtml).join('')}</ul></section>`);
  const site = org.website ? websiteHref(org.website) : undefined;
  const orgLine = [escapeHtml(org.name), org.organisationNumber && `Org.nr ${escapeHtml(org.organisationNumber)}`, org.address && escapeHtml(org.address), site && `<a href="${escapeHtml(site)}">${escapeHtml(org.website!)}</a>`]
    .filter(Boolean)
    .join(' · ');
  out.push(`<p class="org">${orgLine}</p>`);
  return [
    '<!doctype html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(r.headline.trim())}</title>`,
    `<style>:root{--brand:${safeColor(org.color)}}${STYLE}</style>`,
    '</head>',
    '<body>',
    `<article class="release">\n${out.join('\n')}\n</article>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
