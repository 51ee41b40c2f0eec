import { useEffect, useState } from 'react';
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

export function areaFromHash(hash: string): Area {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  return AREAS.find((a) => a.path === path)?.area ?? 'overview';
}

export function hrefFor(area: Area): string {
  return `#${AREAS.find((a) => a.area === area)!.path}`;
}

export function useArea(): Area {
  const [area, setArea] = useState(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return area;
}
