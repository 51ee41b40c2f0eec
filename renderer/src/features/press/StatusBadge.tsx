import type { PressStatus } from '../../domain/press/types';
import { usePressT } from './usePress';

export function StatusBadge({ status }: { status: PressStatus }) {
  const t = usePressT();
  return <span className={`press-badge press-badge--${status}`}>{t(`status.${status}`)}</span>;
}
