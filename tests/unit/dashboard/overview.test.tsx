import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LocalSettings } from '../../../electron/api';
import type { ProfileRecord } from '../../../renderer/src/db/schema';
import { OverviewView } from '../../../renderer/src/features/dashboard/Overview';
import { sv } from '../../../renderer/src/i18n/sv';

const settings: LocalSettings = { deviceId: '00000000-0000-4000-8000-000000000001', userName: 'Karin Berg', boardRole: 'kassör', language: 'sv', theme: 'system' };
const profile = { id: 'org', name: 'IT-nätverket Norr', organisationNumber: '802456-7896', postalCode: '903 26', city: 'Umeå' } as ProfileRecord;

// Start-up shows the overview before the database has opened (loading, no profile yet): the
// heading and what comes from the host's settings are there; the association's card follows.
describe('OverviewView', () => {
  it('while the database opens: the heading, the user and an empty place for the card, no welcome', () => {
    const html = renderToStaticMarkup(<OverviewView profile={undefined} loading settings={settings} persisted />);
    expect(html).toContain(`<h1 id="page-title">${sv['overview.title']}</h1>`);
    expect(html).toContain('Karin Berg, kassör');
    expect(html).toContain(sv['overview.storagePersisted']);
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain(sv['overview.welcome']);
    // The card's place is kept (empty, hidden from screen readers), so nothing jumps when it comes.
    expect(html).toContain('<div class="card org-card org-card--pending" aria-hidden="true"></div>');
    expect(html).not.toContain('org-card__name');
  });

  it('once open without a profile: the welcome with the way to the settings', () => {
    const html = renderToStaticMarkup(<OverviewView profile={undefined} loading={false} settings={settings} persisted={false} />);
    expect(html).toContain(sv['overview.welcome']);
    expect(html).toContain('href="#/installningar"');
    expect(html).toContain(sv['overview.storageNotPersisted']);
    expect(html).not.toContain('aria-busy');
    expect(html).not.toContain('org-card--pending');
  });

  it('once open with a profile: the association card', () => {
    const html = renderToStaticMarkup(<OverviewView profile={profile} loading={false} settings={{ ...settings, userName: '' }} persisted />);
    expect(html).toContain('IT-nätverket Norr');
    expect(html).toContain('802456-7896 · 903 26 Umeå');
    expect(html).toContain(sv['overview.youUnknown']);
    expect(html).not.toContain(sv['overview.welcome']);
  });
});
