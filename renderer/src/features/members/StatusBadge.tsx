import { useMessages } from '../../i18n';
import type { MemberStatus } from '../../domain/members/types';
import { messages } from './messages';

export function StatusBadge({ status, anonymised }: { status: MemberStatus; anonymised?: boolean }) {
  const t = useMessages(messages);
  return (
    <span className={`members-badge members-badge--${status}`}>
      {t(`status.${status}`)}
      {anonymised && <span className="members-badge__extra"> · {t('anonymised')}</span>}
    </span>
  );
}
