// The bylaws as a reader sees them: chapters, § headings, paragraphs and numbered lists, with
// search hits marked and a stable link on every §.
import { Fragment } from 'react';
import { blocksOf, byChapter, sectionTitle, type Section } from '../../domain/bylaws/model';
import { markTerms } from '../../domain/bylaws/search';
import { useMessages } from '../../i18n';
import { bylawsHref, sectionAnchor } from './links';
import { messages } from './messages';

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {markTerms(text, query).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}

export function SectionBody({ text, query = '' }: { text: string; query?: string }) {
  return (
    <>
      {blocksOf(text).map((b, i) =>
        b.kind === 'paragraph' ? (
          <p key={i} className="bylaws-text__para">
            <Marked text={b.text} query={query} />
          </p>
        ) : (
          <ol key={i} className={`bylaws-text__list${b.ordered ? '' : ' bylaws-text__list--bullets'}`}>
            {b.items.map((item, j) => (
              <li key={j}>
                <span className="bylaws-text__marker" aria-hidden="true">
                  {item.marker}
                </span>
                <Marked text={item.text} query={query} />
              </li>
            ))}
          </ol>
        ),
      )}
    </>
  );
}

export function BylawsText({ sections, query = '', only, focused, linkable = true }: { sections: Section[]; query?: string; only?: Set<string>; focused?: string; linkable?: boolean }) {
  const t = useMessages(messages);
  const shown = only ? sections.filter((s) => only.has(s.id)) : sections;
  return (
    <div className="bylaws-text">
      {byChapter(shown).map((group, g) => (
        <Fragment key={`${group.chapter}-${g}`}>
          {group.chapter && <h2 className="bylaws-text__chapter">{group.chapter}</h2>}
          {group.sections.map((s) => (
            <section key={s.id} id={sectionAnchor(s.id)} className={`bylaws-text__section${focused === s.id ? ' bylaws-text__section--focused' : ''}`} aria-labelledby={`${sectionAnchor(s.id)}-h`} tabIndex={-1}>
              <h3 id={`${sectionAnchor(s.id)}-h`} className="bylaws-text__heading">
                <Marked text={sectionTitle(s)} query={query} />
                {linkable && (
                  <a className="bylaws-text__link" href={bylawsHref.section(s.id)} aria-label={t('text.linkTo', { section: sectionTitle(s) })} title={t('text.linkHint')}>
                    #
                  </a>
                )}
              </h3>
              {s.text.trim() ? <SectionBody text={s.text} query={query} /> : <p className="muted">{t('text.empty')}</p>}
            </section>
          ))}
        </Fragment>
      ))}
    </div>
  );
}
