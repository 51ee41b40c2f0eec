// The bylaws' data for the screens: repositories made once per database, and live lists.
import { useMemo } from 'react';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { bylawRepositories, type ProposalRecord, type VersionRecord } from '../../db/bylaws/repositories';
import { adoptedVersions, currentVersion } from '../../domain/bylaws/history';

export function useBylawRepos() {
  const { repos } = useApp();
  return useMemo(() => bylawRepositories(repos.db, repos.ctx), [repos]);
}

export type BylawsData = {
  loading: boolean;
  versions: VersionRecord[];
  adopted: VersionRecord[];
  current?: VersionRecord;
  draft?: VersionRecord;
  proposals: ProposalRecord[];
};

export function useBylawsData(): BylawsData {
  const r = useBylawRepos();
  const versions = useLive(() => r.versions.list(), [r]);
  const proposals = useLive(() => r.proposals.list(), [r]);
  return useMemo(() => {
    const all = versions.value ?? [];
    const drafts = all.filter((v) => v.status === 'draft').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return {
      loading: versions.loading || proposals.loading,
      versions: all,
      adopted: adoptedVersions(all),
      current: currentVersion(all),
      draft: drafts[0],
      proposals: [...(proposals.value ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    };
  }, [versions, proposals]);
}

/** Meetings other areas have recorded, to link decisions to (read only; the meetings area owns them). */
export type MeetingOption = { id: string; label: string; date?: string };

export function useMeetingOptions(): MeetingOption[] {
  const { repos } = useApp();
  const live = useLive(() => repos.db.table('meetings').toArray() as Promise<Record<string, unknown>[]>, [repos]);
  return useMemo(
    () =>
      (live.value ?? [])
        .filter((m) => m.deleted === undefined && typeof m.id === 'string')
        .map((m) => {
          const date = typeof m.date === 'string' ? m.date.slice(0, 10) : undefined;
          const title = typeof m.title === 'string' && m.title.trim() ? m.title.trim() : typeof m.kind === 'string' ? m.kind : 'Möte';
          return { id: m.id as string, label: date ? `${title} ${date}` : title, date };
        })
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    [live.value],
  );
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The association's profile (name, city, logo …), live. */
export function useProfile() {
  const { repos } = useApp();
  return useLive(() => repos.profile.load(), [repos]).value;
}
