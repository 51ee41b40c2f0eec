// The fees area's repositories and live data. Members and categories are the register's; this
// area only reads them.
import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { MemberRepository } from '../../db/members/memberRepository';
import { CategoryRepository } from '../../db/members/categoryRepository';
import { FeeScheduleRepository } from '../../db/fees/feeScheduleRepository';
import { InvoiceRepository } from '../../db/fees/invoiceRepository';
import { PaymentRepository } from '../../db/fees/paymentRepository';
import type { OrgProfile } from '../../domain/org/profile';

export type FeeRepos = {
  members: MemberRepository;
  categories: CategoryRepository;
  schedules: FeeScheduleRepository;
  invoices: InvoiceRepository;
  payments: PaymentRepository;
};

export function useFeeRepos(): FeeRepos {
  const { repos } = useApp();
  return useMemo(
    () => ({
      members: new MemberRepository(repos.db, repos.ctx),
      categories: new CategoryRepository(repos.db, repos.ctx),
      schedules: new FeeScheduleRepository(repos.db, repos.ctx),
      invoices: new InvoiceRepository(repos.db, repos.ctx),
      payments: new PaymentRepository(repos.db, repos.ctx),
    }),
    [repos],
  );
}

export function useCategories() {
  const { categories } = useFeeRepos();
  useEffect(() => {
    void categories.ensureDefaults();
  }, [categories]);
  return useLive(() => categories.ordered(), [categories]).value;
}

export function useMembers() {
  const { members } = useFeeRepos();
  return useLive(() => members.liveMembers(), [members]).value;
}

export function useSchedules(year: number) {
  const { schedules } = useFeeRepos();
  return useLive(() => schedules.forYear(year), [schedules, year]).value;
}

export function useInvoices(year: number) {
  const { invoices } = useFeeRepos();
  return useLive(() => invoices.forYear(year), [invoices, year]).value;
}

export function usePayments() {
  const { payments } = useFeeRepos();
  return useLive(() => payments.all(), [payments]).value;
}

export function useProfile(): OrgProfile | undefined {
  return useProfileState() ?? undefined;
}

/** The profile, `null` when there is none yet, `undefined` while it is read. Live: a save shows. */
export function useProfileState(): OrgProfile | null | undefined {
  const { repos } = useApp();
  const { value, loading } = useLive(async () => (await repos.profile.load()) ?? null, [repos]);
  return loading ? undefined : value;
}

/** Today as YYYY-MM-DD in local time: due dates are calendar days where the treasurer is. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const YEAR_KEY = 'kansli.fees.year';

/** The fiscal year the treasurer works on, kept for the tab so the sub-pages agree. */
export function useYear(): [number, (y: number) => void] {
  const [year, setYear] = useState(() => Number(sessionStorage.getItem(YEAR_KEY)) || new Date().getFullYear());
  return [year, (y) => { sessionStorage.setItem(YEAR_KEY, String(y)); setYear(y); }];
}
