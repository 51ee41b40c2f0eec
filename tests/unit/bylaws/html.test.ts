import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../renderer/src/domain/bylaws/html';
import { parseBylawsText } from '../../../renderer/src/domain/bylaws/parse';

// What mammoth.convertToHtml gives for a Word document with a heading style, bold § headings
// and Word's automatic numbering (which its raw-text extraction would drop).
const MAMMOTH = '<h1>Stadgar för Kodklubben Lund</h1><p><strong>§ 1 Namn</strong></p><p>Föreningens namn är Kodklubben Lund.</p><p><strong>§ 2 Årsmöte</strong></p><p>Vid årsmötet ska följande ärenden behandlas:</p><ol><li>Val av ordförande &amp; sekreterare.</li><li>Fråga om ansvarsfrihet.</li></ol><p>Motioner lämnas senast 1&nbsp;mars.<br />Styrelsen yttrar sig.</p>';

describe('the text of a .docx from mammoth’s HTML', () => {
  it('keeps paragraphs apart, numbers Word’s list items and decodes entities', () => {
    expect(docxHtmlToText(MAMMOTH)).toBe(
      'Stadgar för Kodklubben Lund\n\n§ 1 Namn\n\nFöreningens namn är Kodklubben Lund.\n\n§ 2 Årsmöte\n\nVid årsmötet ska följande ärenden behandlas:\n\n1. Val av ordförande & sekreterare.\n2. Fråga om ansvarsfrihet.\n\nMotioner lämnas senast 1 mars.\nStyrelsen yttrar sig.',
    );
  });

  it('imports as bylaws with the list under its section', () => {
    const r = parseBylawsText(docxHtmlToText(MAMMOTH));
    expect(r.title).toBe('Stadgar för Kodklubben Lund');
    expect(r.sections.map((s) => s.heading)).toEqual(['Namn', 'Årsmöte']);
    expect(r.sections[1]!.text).toBe('Vid årsmötet ska följande ärenden behandlas:\n\n1. Val av ordförande & sekreterare.\n2. Fråga om ansvarsfrihet.\n\nMotioner lämnas senast 1 mars.\n\nStyrelsen yttrar sig.');
  });

  it('numbers each list from 1 and marks bullet lists with a dash', () => {
    expect(docxHtmlToText('<ol><li>a</li></ol><ul><li>b</li></ul><ol><li>c</li><li>d</li></ol>')).toBe('1. a\n\n– b\n\n1. c\n2. d');
  });
});
