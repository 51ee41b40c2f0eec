// Texts of the sync semantics added to other screens (conflict badges on records) and to the sync
// screen (sync on quit, highlighted conflicts, renumbered members), kept apart from messages.ts.
import { defineMessages } from '../../i18n';

export const featMessages = defineMessages(
  {
    'badge.one': 'Konflikt att lösa',
    'badge.many': '{n} konflikter att lösa',
    'badge.field': 'Konflikt att lösa: {field}',
    'badge.deleted': 'borttagen av en, ändrad av en annan',
    'badge.hint': 'Två ändrade samma uppgift innan de synkroniserade. Öppna konflikten i Synkronisering och välj vilken som ska gälla.',
    'highlight.label': 'Konflikten du kom hit för',
    'quit.label': 'Synkronisera när Kansli stängs',
    'quit.hint': 'Kansli väntar högst tio sekunder på synkfilen och stängs sedan ändå.',
    'renumber.line': 'Medlemsnummer {from} fanns två gånger: {name} fick {to}.',
    'renumber.heading': 'Medlemsnummer som ändrades',
  },
  {
    'badge.one': 'Conflict to resolve',
    'badge.many': '{n} conflicts to resolve',
    'badge.field': 'Conflict to resolve: {field}',
    'badge.deleted': 'deleted by one, edited by another',
    'badge.hint': 'Two people changed the same detail before they synced. Open the conflict in Sync and choose which should apply.',
    'highlight.label': 'The conflict you came for',
    'quit.label': 'Sync when Kansli closes',
    'quit.hint': 'Kansli waits at most ten seconds for the sync file, then closes anyway.',
    'renumber.line': 'Member number {from} was used twice: {name} got {to}.',
    'renumber.heading': 'Member numbers that changed',
  },
);
