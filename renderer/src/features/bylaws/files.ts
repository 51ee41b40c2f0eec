// Reading the file a user picked to import: plain text (UTF-8, or Windows-1252 from older
// Windows tools) or a Word document, whose HTML keeps the list numbering raw text would lose.
import { docxHtmlToText } from '../../domain/bylaws/html';

export class ImportFileError extends Error {
  constructor(readonly code: 'type' | 'docx' | 'size') {
    super(code);
  }
}

const MAX_BYTES = 10 * 1024 * 1024;

export async function readBylawsFile(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new ImportFileError('size');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (name.endsWith('.docx') || isZip) {
    if (!isZip) throw new ImportFileError('docx');
    try {
      const { default: mammoth } = await import('mammoth/mammoth.browser.js');
      const result = await mammoth.convertToHtml({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
      return docxHtmlToText(result.value);
    } catch {
      throw new ImportFileError('docx');
    }
  }
  if (name.endsWith('.doc') || name.endsWith('.pdf') || name.endsWith('.odt')) throw new ImportFileError('type');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
