import { describe, expect, it } from 'vitest';
import { areaFromHash, hrefFor, subPathFromHash } from '../../../renderer/src/ui/routes';

describe('hash routes', () => {
  it('finds the area from the first segment, overview otherwise', () => {
    expect(areaFromHash('#/medlemmar')).toBe('members');
    expect(areaFromHash('#/medlemmar/abc')).toBe('members');
    expect(areaFromHash('#/')).toBe('overview');
    expect(areaFromHash('')).toBe('overview');
    expect(areaFromHash('#/finns-inte')).toBe('overview');
  });
  it('builds links that read back to the same place', () => {
    expect(hrefFor('overview')).toBe('#/');
    expect(hrefFor('members')).toBe('#/medlemmar');
    const href = hrefFor('members', 'Åsa & Co/1', 'redigera');
    expect(areaFromHash(href)).toBe('members');
    expect(subPathFromHash(href)).toEqual(['Åsa & Co/1', 'redigera']);
  });
});
