import { useMemo } from 'react';
import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { PressReleaseRepository } from '../../db/press/pressRepository';
import { messages } from './messages';

export function usePressRepo(): PressReleaseRepository {
  const { repos } = useApp();
  return useMemo(() => new PressReleaseRepository(repos.db, repos.ctx), [repos]);
}

export function usePressT() {
  return useMessages(messages);
}

/** Today's date where the user is, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function formatStamp(iso: string, lang: 'sv' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
