// In the summary of a sync: the members whose number was given twice while offline and who got a
// new one, so the officer can tell them (the number is on invoices and membership cards).
import { useMessages } from '../../i18n';
import type { Renumbering } from '../../db/sync/renumber';
import { featMessages } from './featMessages';

export function RenumberNotes({ notes }: { notes: readonly Renumbering[] }) {
  const t = useMessages(featMessages);
  if (notes.length === 0) return null;
  return (
    <>
      <h3 className="sync__subheading">{t('renumber.heading')}</h3>
      <ul className="sync__changes">
        {notes.map((n) => <li key={n.id}>{t('renumber.line', { from: n.from, name: n.name, to: n.to })}</li>)}
      </ul>
    </>
  );
}
