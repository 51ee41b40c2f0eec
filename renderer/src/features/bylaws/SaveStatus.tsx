import type { SaveState } from './useAutosave';
import { useMessages } from '../../i18n';
import { messages } from './messages';

export function SaveStatus({ state }: { state: SaveState }) {
  const t = useMessages(messages);
  return (
    <span className={`form__status bylaws-save bylaws-save--${state}`} role="status" aria-live="polite">
      {state === 'failed' ? <span className="text-error">{t('save.failed')}</span> : t(`save.${state}`)}
    </span>
  );
}
