import { useMessages } from '../../i18n';
import type { SaveState } from './autosave';
import { messages } from './messages';

/** "Sparat" / "Sparar …": what happened to what the user just typed. */
export function SaveStatus({ state, error }: { state: SaveState; error?: string }) {
  const t = useMessages(messages);
  if (state === 'idle') return <span className="meetings-save" role="status" aria-live="polite" />;
  return (
    <span className={`meetings-save meetings-save--${state}`} role="status" aria-live="polite">
      {state === 'failed' ? <span className="text-error">{error || t('save.failed')}</span> : t(`save.${state as Exclude<SaveState, 'idle'>}`)}
    </span>
  );
}
