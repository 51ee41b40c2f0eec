// The text of a .docx as mammoth converts it to HTML, back to the plain text the importer reads.
// Mammoth's raw-text extraction drops Word's automatic list numbering ("1. Val av ordförande"
// becomes "Val av ordförande"), so the importer reads its simple HTML instead: <p>, <h1>–<h6>,
// <ol>/<ul>/<li>, <br>, <table>, inline <strong>/<em>/<a>. Every block becomes a paragraph
// (blank line between), every list item a line with its number.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'div', 'blockquote']);

export function docxHtmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  // One entry per open list: ordered lists count their items, "a." style is not in mammoth's output.
  const lists: { ordered: boolean; n: number }[] = [];
  const endLine = () => {
    const text = line.replace(/[^\S\n]+/gu, ' ').trim();
    if (text) out.push(text);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (out.length && out[out.length - 1] !== '') out.push('');
  };
  for (const token of html.match(/<[^>]*>|[^<]+/gu) ?? []) {
    if (token[0] !== '<') {
      line += decode(token);
      continue;
    }
    const m = /^<(\/?)([a-z0-9]+)/iu.exec(token);
    if (!m) continue;
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') endLine();
    else if (tag === 'ol' || tag === 'ul') {
      if (closing) {
        lists.pop();
        if (lists.length === 0) endBlock();
      } else {
        endLine();
        lists.push({ ordered: tag === 'ol', n: 0 });
      }
    } else if (tag === 'li') {
      endLine();
      if (!closing) {
        const list = lists[lists.length - 1];
        if (list) list.n += 1;
        line = `${list?.ordered ? `${list.n}.` : '–'} `;
      }
    } else if (tag === 'td' || tag === 'th') {
      if (closing) line += ' ';
    } else if (BLOCK.has(tag)) {
      if (lists.length) endLine();
      else endBlock();
    }
  }
  endBlock();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
