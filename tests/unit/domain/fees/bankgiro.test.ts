import { describe, expect, it } from 'vitest';
import { formatBankgiro, isValidBankgiro, normaliseBankgiro } from '../../../../renderer/src/domain/fees/bankgiro';

describe('bankgiro numbers', () => {
  it('accepts real bankgiro numbers in any usual spelling', () => {
    // 160-9908 is Bankgirot's own bankgiro (on its letterhead); 991-2346 is the payee in its example files.
    for (const bg of ['160-9908', '1609908', '0001609908', '991-2346', '0009912346']) {
      expect(isValidBankgiro(bg), bg).toBe(true);
    }
    expect(normaliseBankgiro('0009912346')).toBe('9912346');
  });

  it('rejects a wrong check digit or a wrong length', () => {
    expect(isValidBankgiro('160-9907')).toBe(false);
    expect(isValidBankgiro('12345')).toBe(false);
    expect(isValidBankgiro('9912-34650')).toBe(false); // nine digits
    expect(normaliseBankgiro('991 2346 x')).toBeNull();
  });

  it('formats 7 and 8 digit numbers with the dash before the last four', () => {
    expect(formatBankgiro('9912346')).toBe('991-2346');
    expect(formatBankgiro('0009912346')).toBe('991-2346');
    expect(formatBankgiro('50501055')).toBe('5050-1055');
    expect(formatBankgiro('abc')).toBe('abc');
  });
});
