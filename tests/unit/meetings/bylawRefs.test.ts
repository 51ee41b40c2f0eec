import { describe, expect, it } from 'vitest';
import { bylawRef, bylawRefsIn, insertBylawRef, splitBylawRefs } from '../../../renderer/src/domain/meetings/bylawRefs';

describe('references to the bylaws in the minutes', () => {
  it('writes a reference as a Swedish protocol does', () => {
    expect(bylawRef('7')).toBe('(stadgarna § 7)');
    expect(bylawRef('§ 12a')).toBe('(stadgarna § 12a)');
  });

  it('finds the references again, and the text joins back unchanged', () => {
    const text = 'Mötet konstaterade att kallelsen gått ut i tid (stadgarna § 9). Röstlängden fastställdes (stadgarna § 10), se även (stadgarna § 9).';
    const parts = splitBylawRefs(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.ref).map((p) => p.ref)).toEqual(['9', '10', '9']);
    expect(bylawRefsIn(text)).toEqual(['9', '10']);
    expect(splitBylawRefs('Inga hänvisningar här.')).toEqual([{ text: 'Inga hänvisningar här.' }]);
  });

  it('inserts at the cursor with a space when the text runs on', () => {
    expect(insertBylawRef('Kallelsen godkändes.', 19, '9')).toEqual({ text: 'Kallelsen godkändes (stadgarna § 9).', cursor: 35 });
    expect(insertBylawRef('', 0, '3')).toEqual({ text: '(stadgarna § 3)', cursor: 15 });
    expect(insertBylawRef('Se ', 99, '3').text).toBe('Se (stadgarna § 3)');
  });
});
