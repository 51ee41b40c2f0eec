import { describe, expect, it } from 'vitest';
import { adoptedVersions, changeSummary, currentVersion, historyEntries, joinSections, type VersionLike } from '../../../renderer/src/domain/bylaws/history';
import type { Section } from '../../../renderer/src/domain/bylaws/model';

const v = (id: string, adoptedDate: string | undefined, over: Partial<VersionLike> = {}): VersionLike => ({
  id, status: adoptedDate ? 'adopted' : 'draft', adoptedDate, createdAt: `2025-01-0${id.length}T00:00:00Z`, ...over,
});

const S = (id: string, number: string, heading: string, text: string): Section => ({ id, number, heading, text });
const BASE = [
  S('a', '1', 'Namn', 'Föreningens namn är Smålands Spelutvecklare.'),
  S('b', '2', 'Medlemsavgift', 'Avgiften ska vara betald senast den 31 mars.'),
  S('c', '3', 'Kallelse', 'Kallelse ska skickas senast tre veckor före mötet.'),
  S('d', '4', 'Upplösning', 'Tillgångarna går till spelutveckling i Småland.'),
];

describe('versions of the bylaws', () => {
  it('the latest adopted version is in force; a draft never is', () => {
    const versions = [v('x', '2025-03-20'), v('yy', undefined), v('zzz', '2024-03-12')];
    expect(currentVersion(versions)?.id).toBe('x');
    expect(adoptedVersions(versions).map((x) => x.id)).toEqual(['zzz', 'x']);
    expect(currentVersion([v('yy', undefined)])).toBeUndefined();
  });

  it('summarises an amendment as a decision words it: changed, new, repealed and renumbered', () => {
    const after = [BASE[0]!, { ...BASE[1]!, text: 'Avgiften ska vara betald senast den 30 april.' }, S('n', '3', 'Hedersmedlemmar', 'Årsmötet kan utse hedersmedlemmar.'), { ...BASE[2]!, number: '4' }];
    expect(changeSummary(BASE, after)).toBe('Ändring av § 2, ny § 3, § 4 upphävd samt omnumrering av övriga paragrafer.');
    expect(changeSummary(BASE, BASE)).toBe('Inga ändringar i texten.');
    expect(joinSections(['2', '5', '7'])).toBe('§ 2, § 5 och § 7');
  });

  it('prints the history with both decisions of a two-meeting amendment', () => {
    const versions = [
      v('a', '2024-03-12', { summary: 'Stadgarna antogs.', decisions: [{ id: '1', date: '2024-03-12', meeting: 'Konstituerande möte', paragraph: '7', outcome: 'approved' }] }),
      v('bb', '2025-06-11', {
        summary: 'Ändring av § 5 och § 10.',
        decisions: [
          { id: '3', date: '2025-06-11', meeting: 'Extra årsmöte', paragraph: '4', outcome: 'approved' },
          { id: '2', date: '2025-03-20', meeting: 'Årsmöte 2025', paragraph: '12', outcome: 'approved' },
        ],
      }),
    ];
    expect(historyEntries(versions)).toEqual([
      { date: '2024-03-12', decision: 'Stadgarna antogs.', meeting: 'Konstituerande möte, § 7' },
      { date: '2025-06-11', decision: 'Ändring av § 5 och § 10. Första beslut 2025-03-20 (Årsmöte 2025, § 12).', meeting: 'Extra årsmöte, § 4' },
    ]);
    // An earlier version's document ends with the history as it stood then.
    expect(historyEntries(versions, 'a')).toHaveLength(1);
  });
});

describe('the title once adopted', () => {
  it('drops "Förslag till"', async () => {
    const { adoptedTitle } = await import('../../../renderer/src/domain/bylaws/history');
    expect(adoptedTitle('Förslag till stadgar för föreningen Smålands Spelutvecklare')).toBe('Stadgar för föreningen Smålands Spelutvecklare');
    expect(adoptedTitle('Stadgar för Kodklubben')).toBe('Stadgar för Kodklubben');
    expect(adoptedTitle('  ')).toBe('Stadgar');
  });
});
