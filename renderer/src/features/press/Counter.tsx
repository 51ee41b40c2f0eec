import { countText, overLimit, type Limit } from '../../domain/press/counts';
import { usePressT } from './usePress';

/** Counts under a field, with the usual limit beside them; over the limit is flagged, not stopped. */
export function Counter({ id, text, limit }: { id: string; text: string; limit: Limit }) {
  const t = usePressT();
  const count = countText(text);
  const over = overLimit(count, limit);
  return (
    <p id={id} className={`press-count${over ? ' press-count--over' : ''}`} aria-live="polite">
      {t('count', { chars: count.chars, words: count.words })} · {over ? t('countOver', { chars: limit.chars, words: limit.words }) : t('countLimit', { chars: limit.chars, words: limit.words })}
    </p>
  );
}
