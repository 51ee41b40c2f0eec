// The bylaws in force: searchable, every § linkable, with the open amendment proposals and the
// history of versions below.
import { useEffect, useMemo, useState } from 'react';
import type { ProposalRecord, VersionRecord } from '../../db/bylaws/repositories';
import { cleanPdfData } from '../../domain/bylaws/pdf';
import { searchSections } from '../../domain/bylaws/search';
import { decisionReference } from '../../domain/bylaws/proposal';
import { sectionTitle } from '../../domain/bylaws/model';
import { useMessages } from '../../i18n';
import { BylawsText } from './BylawsText';
import { bylawsHref, sectionAnchor } from './links';
import { messages } from './messages';
import { NewProposal } from './NewProposal';
import { PdfButton } from './PdfButton';
import { ProposalsList } from './ProposalsList';
import { VersionsList } from './VersionsList';
import { useFormatDate } from './format';

export function CurrentView({ current, versions, proposals, focus }: { current: VersionRecord; versions: VersionRecord[]; proposals: ProposalRecord[]; focus?: string }) {
  const t = useMessages(messages);
  const date = useFormatDate();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => searchSections(current.sections, query), [current.sections, query]);
  const only = query.trim() ? new Set(hits.map((h) => h.id)) : undefined;
  const last = current.decisions?.[current.decisions.length - 1];
  const missing = focus && !current.sections.some((s) => s.id === focus) ? versions.slice().reverse().find((v) => v.sections.some((s) => s.id === focus)) : undefined;

  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(sectionAnchor(focus));
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [focus, current.id]);

  return (
    <div className="bylaws-current">
      <header className="bylaws-current__head">
        <div>
          <h2 className="bylaws-current__title">{current.title}</h2>
          <p className="muted">
            {t('current.inForce', { date: date(current.adoptedDate) })}
            {last && ` · ${decisionReference(last)}`}
          </p>
        </div>
        <div className="bylaws-actions">
          <PdfButton primary label={t('pdf.current')} build={() => ({ data: cleanPdfData(current, versions), name: `${current.title} ${current.adoptedDate ?? ''}` })} />
        </div>
      </header>

      {missing && (
        <p className="card card--callout" role="status">
          {t('current.sectionGone')} <a href={bylawsHref.version(missing.id)}>{t('current.sectionGoneLink', { date: date(missing.adoptedDate) })}</a>
        </p>
      )}

      <ProposalsList proposals={proposals} current={current} which="open" />
      <NewProposal current={current} />

      <section className="card bylaws-current__text" aria-labelledby="bylaws-text-h">
        <div className="bylaws-search">
          <h2 id="bylaws-text-h" className="visually-hidden">
            {t('current.text')}
          </h2>
          <label htmlFor="bylaws-search">{t('search.label')}</label>
          <input id="bylaws-search" type="search" value={query} placeholder={t('search.placeholder')} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setQuery('')} />
          <span role="status" aria-live="polite" className="muted small">
            {query.trim() && (hits.length === 1 ? t('search.hitsOne') : hits.length ? t('search.hits', { count: hits.length }) : t('search.none'))}
          </span>
        </div>
        {!query.trim() && (
          <nav className="bylaws-toc" aria-label={t('current.toc')}>
            <ol>
              {current.sections.map((s) => (
                <li key={s.id}>
                  <a href={bylawsHref.section(s.id)}>{sectionTitle(s)}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <BylawsText sections={current.sections} query={query} only={only} focused={focus} />
      </section>

      <VersionsList versions={versions} current={current} />
      <ProposalsList proposals={proposals} current={current} which="closed" />
    </div>
  );
}
