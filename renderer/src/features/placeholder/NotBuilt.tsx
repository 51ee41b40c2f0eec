import { useT, type MessageKey } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';

/** An area whose issue has not landed yet: says so plainly, shows no invented data. */
export function NotBuilt({ label, description }: { label: MessageKey; description: MessageKey }) {
  const t = useT();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t(label)}</h1>
      <EmptyState title={t('empty.title')}>
        <p>{t(description)}</p>
        <p className="muted">{t('empty.body')}</p>
      </EmptyState>
    </section>
  );
}
