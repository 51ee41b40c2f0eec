// What the meeting screens read besides their own tables: the store, the association's profile
// (for the PDF header and the fiscal year), and the member register, read defensively because
// another area owns it — a meeting works with no members at all, names typed freely.
import { useMemo } from 'react';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { isLive, type Stamped } from '../../db/stamp';
import { MeetingsStore } from '../../db/meetings/store';
import { AgendaTemplateRepository, type AgendaTemplateRecord } from '../../db/meetings/agendaTemplates';
import type { OrgProfile } from '../../domain/org/profile';

export function useStore(): MeetingsStore {
  const { repos } = useApp();
  return useMemo(() => new MeetingsStore(repos.db, repos.ctx), [repos]);
}

export function useTemplateRepo(): AgendaTemplateRepository {
  const { repos } = useApp();
  return useMemo(() => new AgendaTemplateRepository(repos.db, repos.ctx), [repos]);
}

/** The association's own agenda templates, by name. */
export function useOwnTemplates(): AgendaTemplateRecord[] | undefined {
  const repo = useTemplateRepo();
  return useLive(() => repo.all(), [repo]).value;
}

export type MemberRef = { id: string; name: string; status?: string; contactName?: string };

/** Members keep their contact persons as a list; the first is the one a meeting usually meets. */
function firstContactName(contacts: unknown): string | undefined {
  if (!Array.isArray(contacts)) return undefined;
  const first: unknown = contacts[0];
  const name = first && typeof first === 'object' ? (first as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? name : undefined;
}

export function useMembers(): MemberRef[] {
  const { repos } = useApp();
  const { value } = useLive(async () => {
    try {
      const rows = (await repos.db.table('members').toArray()) as (Record<string, unknown> & Stamped)[];
      return rows
        .filter((r) => isLive(r) && typeof r.name === 'string' && r.name.trim())
        .map((r) => ({
          id: r.id,
          name: String(r.name),
          status: typeof r.status === 'string' ? r.status : undefined,
          contactName: firstContactName(r.contacts),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    } catch {
      return [];
    }
  }, [repos]);
  return value ?? [];
}

export function useProfile(): OrgProfile | undefined {
  const { repos } = useApp();
  return useLive(() => repos.profile.load(), [repos]).value;
}

/** The association as the PDF header shows it. */
export function pdfOrg(p: OrgProfile | undefined, fallbackName: string) {
  const place = [p?.postalCode, p?.city].filter(Boolean).join(' ');
  return {
    name: p?.name?.trim() || fallbackName,
    organisationNumber: p?.organisationNumber,
    address: [p?.street, place].filter(Boolean).join(', ') || undefined,
    email: p?.email,
    website: p?.website,
    logo: p?.logo,
    color: p?.color,
  };
}

/** A file name from a title: "Protokoll styrelsemöte 2025-03-18.pdf". */
export function fileName(...parts: string[]): string {
  return `${parts.join(' ').replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim()}.pdf`;
}
