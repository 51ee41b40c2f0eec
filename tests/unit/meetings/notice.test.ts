import { describe, expect, it } from 'vitest';
import { defaultNoticeIntro, noticeText } from '../../../renderer/src/domain/meetings/notice';
import { templateItems } from '../../../renderer/src/domain/meetings/templates';
import type { Meeting } from '../../../renderer/src/domain/meetings/types';

const annual: Meeting = {
  kind: 'annual',
  title: 'Årsmöte 2025',
  date: '2025-03-27',
  startTime: '17:00',
  endTime: '19:00',
  places: [{ name: 'Göteborg', address: 'Lindholmspiren 3' }, { name: 'Stockholm', address: 'Kistagången 16' }, { name: 'Online', url: 'https://meet.example.se/arsmote' }],
  invitees: 'members',
  registrationDeadline: '2025-03-20',
  numbering: 'meeting',
};

describe('the notice as e-mail text', () => {
  it('reads like a Swedish kallelse: who, when, where, how to register, the agenda, who sends it', () => {
    const text = noticeText({ meeting: annual, agenda: templateItems('annual', 'sv'), orgName: 'Västsvenska IT-nätverket' });
    expect(text).toBe(
      [
        'Kallelse: Årsmöte 2025',
        '',
        'Medlemmarna i Västsvenska IT-nätverket kallas härmed till årsmöte.',
        '',
        'När: torsdag 27 mars 2025, kl. 17.00–19.00',
        'Var:',
        '– Göteborg, Lindholmspiren 3',
        '– Stockholm, Kistagången 16',
        '– Online: https://meet.example.se/arsmote',
        'Anmälan: senast torsdag 20 mars 2025',
        '',
        'Förslag till dagordning',
        ...templateItems('annual', 'sv').map((t, i) => `${i + 1}. ${t}`),
        '',
        'Välkommen!',
        'Styrelsen',
        'Västsvenska IT-nätverket',
        '',
      ].join('\n'),
    );
  });

  it('calls the board to a board meeting, and uses the secretary’s own words and signature', () => {
    const board: Meeting = { ...annual, kind: 'board', invitees: 'board', places: [{ name: 'Kansliet' }], registrationDeadline: undefined };
    expect(defaultNoticeIntro(board, 'Skånes Kodklubb')).toBe('Styrelsens ledamöter i Skånes Kodklubb kallas härmed till styrelsemöte.');
    const text = noticeText({ meeting: { ...board, noticeText: 'Välkommen till vårens sista möte.', noticeSignature: 'Anna Lindqvist, ordförande' }, agenda: ['Mötets öppnande'], orgName: 'Skånes Kodklubb' });
    expect(text).toContain('Välkommen till vårens sista möte.\n');
    expect(text).toContain('Var: Kansliet\n');
    expect(text).toContain('\nDagordning\n1. Mötets öppnande\n');
    expect(text.endsWith('Anna Lindqvist, ordförande\nSkånes Kodklubb\n')).toBe(true);
  });

  it('has an English version', () => {
    const text = noticeText({ meeting: annual, agenda: templateItems('annual', 'en'), orgName: 'West Sweden IT Network' }, 'en');
    expect(text).toContain('The members of West Sweden IT Network are hereby invited to an annual meeting.');
    expect(text).toContain('When: Thursday 27 March 2025, 17:00–19:00');
    expect(text).toContain('1. Opening of the meeting');
  });
});

describe('the annual-meeting template', () => {
  it('follows the order Swedish bylaws prescribe', () => {
    const items = templateItems('annual', 'sv');
    const at = (s: string) => items.findIndex((i) => i.startsWith(s));
    expect(items[0]).toBe('Mötets öppnande');
    expect(items.at(-1)).toBe('Mötets avslutande');
    expect(at('Val av ordförande för mötet')).toBeLessThan(at('Val av två justerare tillika rösträknare'));
    expect(at('Fråga om mötet har utlysts')).toBeLessThan(at('Fastställande av röstlängd'));
    expect(at('Revisorernas berättelse')).toBeLessThan(at('Fråga om ansvarsfrihet'));
    expect(at('Fråga om ansvarsfrihet')).toBeLessThan(at('Val av föreningens ordförande'));
    for (const must of ['Fastställande av medlemsavgifter', 'Val av revisorer', 'Val av valberedning', 'Behandling av motioner']) expect(at(must)).toBeGreaterThan(0);
  });
});
