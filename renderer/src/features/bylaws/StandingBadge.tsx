// Where a proposal stands, in a word, and in a sentence for the decisions tab.
import type { ProposalRecord } from '../../db/bylaws/repositories';
import { decisionReference, standing } from '../../domain/bylaws/proposal';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { useFormatDate } from './format';

export function StandingBadge({ proposal }: { proposal: ProposalRecord }) {
  const t = useMessages(messages);
  const s = standing(proposal);
  return <span className={`bylaws-badge bylaws-badge--${s.stage}`}>{t(`stage.${s.stage}`)}</span>;
}

export function StandingText({ proposal }: { proposal: ProposalRecord }) {
  const t = useMessages(messages);
  const date = useFormatDate();
  const s = standing(proposal);
  const ref = (i: number) => ({ date: date(s.counted[i]!.date), ref: decisionReference(s.counted[i]!) });
  switch (s.stage) {
    case 'awaiting-first':
      return <>{t('standing.awaitingFirst')}</>;
    case 'awaiting-second':
      return <>{t('standing.awaitingSecond', ref(0))}</>;
    case 'ready':
      return <>{s.required === 2 ? t('standing.readyTwo', { first: ref(0).date, second: ref(1).date }) : t('standing.readyOne', ref(0))}</>;
    case 'rejected':
      return <>{t('standing.rejected', { date: date(s.rejectedBy!.date), ref: decisionReference(s.rejectedBy!) })}</>;
    case 'adopted':
      return <>{t('standing.adopted')}</>;
    case 'withdrawn':
      return <>{t('standing.withdrawn')}</>;
  }
}
