import { useEffect, useMemo, useState } from 'react';
import type { MessageKey } from '../i18n/sv';

export type Area = 'overview' | 'members' | 'fees' | 'meetings' | 'bylaws' | 'press' | 'sync' | 'settings';

export const AREAS: { area: Area; path: string; label: MessageKey }[] = [
  { area: 'overview', path: '/', label: 'nav.overview' },
  { area: 'members', path: '/medlemmar', label: 'nav.members' },
  { area: 'fees', path: '/avgifter', label: 'nav.fees' },
  { area: 'meetings', path: '/moten', label: 'nav.meetings' },
  { area: 'bylaws', path: '/stadgar', label: 'nav.bylaws' },
  { area: 'press', path: '/press', label: 'nav.press' },
  { area: 'sync', path: '/synk', label: 'nav.sync' },
  { area: 'settings', path: '/installningar', label: 'nav.settings' },
];

function pathOf(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] || '/';
}

export function areaFromHash(hash: string): Area {
  const first = '/' + (pathOf(hash).split('/')[1] ?? '');
  return AREAS.find((a) => a.path === first)?.area ?? 'overview';
}

/** The segments after the area: `#/medlemmar/abc/redigera` gives ['abc', 'redigera']. */
export function subPathFromHash(hash: string): string[] {
  return pathOf(hash).split('/').slice(2).filter(Boolean).map(decodeURIComponent);
}

/** Goes to a place inside an area, e.g. navigate('members', id). */
export function navigate(area: Area, ...segments: string[]): void {
  window.location.hash = hrefFor(area, ...segments);
}

export function hrefFor(area: Area, ...segments: string[]): string {
  const base = AREAS.find((a) => a.area === area)!.path;
  const rest = segments.map(encodeURIComponent).join('/');
  if (!rest) return `#${base}`;
  return `#${base === '/' ? '' : base}/${rest}`;
}

function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function useArea(): Area {
  return areaFromHash(useHash());
}

export function useSubPath(): string[] {
  const hash = useHash();
  // Memoised on the text so callers can use the array in effect dependencies.
  return useMemo(() => subPathFromHash(hash), [hash]);
}
