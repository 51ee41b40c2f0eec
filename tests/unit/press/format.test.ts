import { describe, expect, it } from 'vitest';
import { attribution, captionWithCredit, embargoLine, fileBaseName, formatDate, formatDateTime, isValidEmbargo, quoted } from '../../../renderer/src/domain/press/format';

describe('Swedish dates, quotes and names', () => {
  it('writes dates and embargo times the Swedish way', () => {
    expect(formatDate('2025-03-12')).toBe('12 mars 2025');
    expect(formatDate('2025-03-12', 'en')).toBe('12 March 2025');
    expect(formatDateTime('2025-10-01T08:00')).toBe('1 oktober 2025 kl. 08.00');
    expect(embargoLine('2025-10-01T08:00')).toBe('EMBARGO: Får publiceras tidigast 1 oktober 2025 kl. 08.00');
  });

  it('accepts only real embargo times', () => {
    expect(isValidEmbargo('2025-10-01T08:00')).toBe(true);
    expect(isValidEmbargo('2025-02-29T08:00')).toBe(false);
    expect(isValidEmbargo('2024-02-29T23:59')).toBe(true);
    expect(isValidEmbargo('2025-10-01T24:00')).toBe(false);
    expect(isValidEmbargo('2025-10-01')).toBe(false);
  });

  it('puts Swedish quotation marks round a quote, once', () => {
    expect(quoted('Vi är glada.')).toBe('”Vi är glada.”');
    expect(quoted('”Redan citerad.”')).toBe('”Redan citerad.”');
    expect(quoted('"Raka citattecken"')).toBe('"Raka citattecken"');
  });

  it('attributes a quote with name and title, and a picture with its photographer', () => {
    expect(attribution('Anna Lindqvist', 'ordförande')).toBe('Anna Lindqvist, ordförande');
    expect(attribution('Anna Lindqvist', ' ')).toBe('Anna Lindqvist');
    expect(captionWithCredit('Anna Lindqvist', 'Per Ek')).toBe('Anna Lindqvist. Foto: Per Ek');
    expect(captionWithCredit('Anna Lindqvist på scen.', 'Foto: Per Ek')).toBe('Anna Lindqvist på scen. Foto: Per Ek');
    expect(captionWithCredit('', 'Per Ek')).toBe('Foto: Per Ek');
    expect(captionWithCredit('Bild', '')).toBe('Bild');
  });

  it('names files in plain ASCII from date and headline', () => {
    expect(fileBaseName('2025-09-02', 'Rekordintresse för Norrland Digital – 600 deltagare till Umeå!')).toBe('pressmeddelande-2025-09-02-rekordintresse-for-norrland-digital-600-deltagare-till-umea');
    expect(fileBaseName('', '')).toBe('pressmeddelande');
  });
});
