// The Word fixture through mammoth (as the screen does, there with its browser bundle) and the
// importer: Word's automatic list numbers survive, and the proposal reads as 11 sections.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../renderer/src/domain/bylaws/html';
import { parseBylawsText } from '../../../renderer/src/domain/bylaws/parse';

describe('importing a .docx', () => {
  it('keeps Word’s numbered lists and every § of the proposal', async () => {
    const buffer = readFileSync(resolve('tests/fixtures/bylaws/forslag-till-stadgar.docx'));
    const { value } = await mammoth.convertToHtml({ buffer });
    const r = parseBylawsText(docxHtmlToText(value));
    expect(r.title).toBe('Förslag till stadgar för Smålands Spelutvecklare');
    expect(r.sections).toHaveLength(11);
    expect(r.sections[7]!.text).toContain('1. Val av ordförande och sekreterare för mötet.\n2. Val av två justerare tillika rösträknare.');
    expect(r.sections[8]).toMatchObject({ number: '9', heading: 'Kallelse', text: 'Kallelse till årsmöte ska skickas till medlemmarna med brev senast fyra veckor före mötet.' });
    expect(r.warnings).toEqual(['Texten före första paragrafen togs inte med: ”Styrelsens förslag till det konstituerande mötet den 12 mars 2024.”']);
  });
});
