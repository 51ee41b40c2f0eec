// Stadgar: the bylaws in force, amendment proposals and what the annual meeting adopted.
// Sub-routes: importera · paragraf/<sectionId> · version/<id> · forslag/<id>[/jamforelse|/beslut]
import { useMessages } from '../../i18n';
import { useSubPath } from '../../ui/routes';
import { CurrentView } from './CurrentView';
import { DraftView } from './DraftView';
import { ImportView } from './ImportView';
import type { ProposalTab } from './links';
import { bylawsHref } from './links';
import { messages } from './messages';
import { ProposalView } from './ProposalView';
import { StartView } from './StartView';
import { useBylawsData } from './useBylaws';
import { VersionView } from './VersionView';
import './bylaws.css';

const TABS: ProposalTab[] = ['text', 'jamforelse', 'beslut'];

export function Page() {
  const t = useMessages(messages);
  const sub = useSubPath();
  const data = useBylawsData();
  return (
    <section aria-labelledby="page-title" className="bylaws">
      <h1 id="page-title">{t('page.title')}</h1>
      {data.loading ? (
        <p className="muted" role="status">
          {t('page.loading')}
        </p>
      ) : (
        <Route sub={sub} data={data} />
      )}
    </section>
  );
}

function Route({ sub, data }: { sub: string[]; data: ReturnType<typeof useBylawsData> }) {
  const t = useMessages(messages);
  const [where, id, rest] = sub;
  if (where === 'importera') return <ImportView />;
  if (where === 'version') return <VersionView version={data.versions.find((v) => v.id === id)} versions={data.versions} current={data.current} />;
  if (where === 'forslag') {
    const proposal = data.proposals.find((p) => p.id === id);
    if (!proposal) {
      return (
        <div className="card card--callout" role="alert">
          <p>{t('proposal.missing')}</p>
          <a href={bylawsHref.home()}>{t('nav.back')}</a>
        </div>
      );
    }
    const tab = TABS.includes(rest as ProposalTab) ? (rest as ProposalTab) : 'text';
    return <ProposalView key={proposal.id} proposal={proposal} versions={data.versions} current={data.current} tab={tab} />;
  }
  if (data.current) return <CurrentView current={data.current} versions={data.versions} proposals={data.proposals} focus={where === 'paragraf' ? id : undefined} />;
  if (data.draft) return <DraftView key={data.draft.id} draft={data.draft} />;
  return <StartView />;
}
