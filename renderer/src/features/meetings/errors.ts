import { useMessages } from '../../i18n';
import type { MeetingErrorCode } from '../../domain/meetings/validate';
import { messages } from './messages';

/** The Swedish (or English) sentence for a validation code. */
export function useErrorText(): (code: MeetingErrorCode | undefined) => string | undefined {
  const t = useMessages(messages);
  return (code) => (code ? t(`error.${code}`) : undefined);
}
