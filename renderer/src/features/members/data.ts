// The register's repositories and live data for the screens. The index for search is built here,
// once per change of members or categories, never per keystroke.
import { useEffect, useMemo } from 'react';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { MemberRepository } from '../../db/members/memberRepository';
import { CategoryRepository } from '../../db/members/categoryRepository';
import { MemberImportRepository } from '../../db/members/importRepository';
import { buildMemberIndex, type MemberIndex } from '../../domain/members/search';
import type { CategoryRecord, MemberRecord } from '../../domain/members/model';
import type { OrgProfile } from '../../domain/org/profile';

export type MemberRepos = { members: MemberRepository; categories: CategoryRepository; imports: MemberImportRepository };

export function useMemberRepos(): MemberRepos {
  const { repos } = useApp();
  return useMemo(
    () => ({
      members: new MemberRepository(repos.db, repos.ctx),
      categories: new CategoryRepository(repos.db, repos.ctx),
      imports: new MemberImportRepository(repos.db, repos.ctx),
    }),
    [repos],
  );
}

/** Live categories; the default set is created the first time the register is used. */
export function useCategories(): CategoryRecord[] | undefined {
  const { categories } = useMemberRepos();
  useEffect(() => {
    void categories.ensureDefaults();
  }, [categories]);
  return useLive(() => categories.ordered(), [categories]).value;
}

export function useMembers(): MemberRecord[] | undefined {
  const { members } = useMemberRepos();
  return useLive(() => members.liveMembers(), [members]).value;
}

export function useMemberIndex(members: MemberRecord[] | undefined, categories: CategoryRecord[] | undefined): MemberIndex | undefined {
  return useMemo(() => (members && categories ? buildMemberIndex(members, categories) : undefined), [members, categories]);
}

export function useProfile(): OrgProfile | undefined {
  const { repos } = useApp();
  return useLive(() => repos.profile.load(), [repos]).value;
}

/** The association as a PDF header shows it. */
export function pdfOrg(p: OrgProfile) {
  const place = [p.postalCode, p.city].filter(Boolean).join(' ');
  return {
    name: p.name.trim(),
    organisationNumber: p.organisationNumber,
    address: [p.street, place].filter(Boolean).join(', ') || undefined,
    email: p.email,
    website: p.website,
    logo: p.logo,
    color: p.color,
  };
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
