import { hrefFor } from '../../ui/routes';
import { usePressT } from './usePress';

export function BackLink() {
  const t = usePressT();
  return (
    <p className="press-back">
      <a href={hrefFor('press')}>← {t('back')}</a>
    </p>
  );
}
