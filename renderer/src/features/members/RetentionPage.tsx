// Gallring: former members whose personal data should go. Those who have left but still have
// their data can be anonymised; those past the bookkeeping retention can be removed entirely.
import { useLang } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import { canAnonymise, pastRetention, retentionEnds } from '../../domain/members/gdpr';
import type { MemberRecord } from '../../domain/members/model';
import { today, useMembers } from './data';

const TEXT = {
  sv: {
    title: 'Gallring',
    intro: 'Personuppgifter ska inte sparas längre än de behövs. När en medlem har lämnat föreningen anonymiseras uppgifterna; bokföringen (fakturor och betalningar) sparas i sju år efter utgången av det kalenderår medlemmen lämnade, enligt bokföringslagen. Därefter kan medlemmen tas bort helt.',
    toAnonymise: 'Har lämnat men är inte anonymiserade ({n})',
    past: 'Bokföringstiden har gått ut – kan tas bort helt ({n})',
    none: 'Ingen just nu.',
    left: 'lämnade {date}',
    keepUntil: 'sparas till och med {date}',
    back: '← Alla medlemmar',
  },
  en: {
    title: 'Retention',
    intro: 'Personal data must not be kept longer than needed. When a member has left, their data is anonymised; the bookkeeping (invoices and payments) is kept for seven years after the end of the calendar year the member left, as the Swedish Bookkeeping Act requires. After that the member can be removed entirely.',
    toAnonymise: 'Have left but are not anonymised ({n})',
    past: 'Past the bookkeeping retention – can be removed entirely ({n})',
    none: 'None right now.',
    left: 'left {date}',
    keepUntil: 'kept until {date}',
    back: '← All members',
  },
};

const leftDate = (m: MemberRecord) => (m.status === 'resigned' ? m.resignedDate : m.excludedDate);

function List({ members, note }: { members: MemberRecord[]; note(m: MemberRecord): string }) {
  const lang = useLang();
  if (members.length === 0) return <p className="muted">{TEXT[lang].none}</p>;
  return (
    <ul className="members-retention">
      {members.map((m) => (
        <li key={m.id}>
          <a href={hrefFor('members', m.id)}>{m.memberNumber} {m.name}</a> <span className="muted small">{note(m)}</span>
        </li>
      ))}
    </ul>
  );
}

export function RetentionPage() {
  const lang = useLang();
  const x = TEXT[lang];
  const members = useMembers() ?? [];
  const toAnonymise = members.filter(canAnonymise).sort((a, b) => a.memberNumber - b.memberNumber);
  const past = pastRetention(members.filter((m) => m.anonymisedAt), today());
  const fill = (s: string, date?: string) => s.replace('{date}', date ?? '–');
  return (
    <section aria-labelledby="page-title">
      <a href={hrefFor('members')} className="members-back">{x.back}</a>
      <h1 id="page-title">{x.title}</h1>
      <p className="muted">{x.intro}</p>
      <section className="card" aria-labelledby="ret-a">
        <h2 id="ret-a">{x.toAnonymise.replace('{n}', String(toAnonymise.length))}</h2>
        <List members={toAnonymise} note={(m) => fill(x.left, leftDate(m))} />
      </section>
      <section className="card" aria-labelledby="ret-b">
        <h2 id="ret-b">{x.past.replace('{n}', String(past.length))}</h2>
        <List members={past} note={(m) => fill(x.keepUntil, leftDate(m) && retentionEnds(leftDate(m)!))} />
      </section>
    </section>
  );
}
