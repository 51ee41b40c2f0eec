import { useMessages } from '../../i18n';
import type { LockReason } from '../../domain/meetings/adjustment';
import { messages } from './messages';

/** Why nothing here can be edited, said where the user is about to try. */
export function LockNotice({ reason }: { reason: LockReason }) {
  const t = useMessages(messages);
  return (
    <p className="meetings-lock" role="note">
      {t(`lock.${reason}`)}
    </p>
  );
}
