// What an amendment changes, per section: side by side ("Nuvarande lydelse" / "Föreslagen
// lydelse") or inline, deleted words struck through and added words underlined. A § that only
// moved or was renumbered says so instead of showing as removed and added.
import { useMemo, useState } from 'react';
import { diffBylaws, diffWords, type SectionChange, type WordChange } from '../../domain/bylaws/diff';
import { renumberingNote, summarise } from '../../domain/bylaws/history';
import { forDiff, sectionLabel, sectionTitle, type Section } from '../../domain/bylaws/model';
import { useMessages } from '../../i18n';
import { bylawsHref } from './links';
import { messages } from './messages';

type Mode = 'side' | 'inline';

function Words({ words, show }: { words: WordChange[]; show: 'before' | 'after' | 'both' }) {
  return (
    <div className="bylaws-diff__text">
      {words.map((w, i) => {
        if (w.op === 'equal') return <span key={i}>{w.text}</span>;
        if (w.op === 'delete') return show === 'after' ? null : <del key={i}>{w.text}</del>;
        return show === 'before' ? null : <ins key={i}>{w.text}</ins>;
      })}
    </div>
  );
}

function Heading({ change }: { change: SectionChange }) {
  const b = change.before;
  const a = change.after;
  if (!b || !a || b.heading === a.heading) return <>{sectionTitle((a ?? b)!)}</>;
  return (
    <>
      {sectionLabel(a.number)}{' '}
      {diffWords(b.heading, a.heading).map((w, i) => (w.op === 'equal' ? <span key={i}>{w.text}</span> : w.op === 'delete' ? <del key={i}>{w.text}</del> : <ins key={i}>{w.text}</ins>))}
    </>
  );
}

const key = (c: SectionChange) => `${c.kind}-${(c.after ?? c.before)!.id ?? (c.after ?? c.before)!.number}`;

/** Consecutive quiet (moved or unchanged) sections grouped, the rest one by one. */
function runs(changes: SectionChange[]): { quiet: boolean; items: SectionChange[] }[] {
  const out: { quiet: boolean; items: SectionChange[] }[] = [];
  for (const c of changes) {
    const quiet = c.kind === 'moved' || c.kind === 'unchanged';
    const last = out[out.length - 1];
    if (last && last.quiet === quiet) last.items.push(c);
    else out.push({ quiet, items: [c] });
  }
  return out;
}

function Changed({ change: c, mode }: { change: SectionChange; mode: Mode }) {
  const t = useMessages(messages);
  return (
    <article className={`card bylaws-diff__section bylaws-diff__section--${c.kind}`} aria-label={sectionTitle((c.after ?? c.before)!)}>
      <header className="bylaws-diff__head">
        <h3>
          <Heading change={c} />
        </h3>
        <span className={`bylaws-badge bylaws-badge--${c.kind}`}>{t(`change.${c.kind}`)}</span>
        {c.before && c.after && c.before.number.trim() !== c.after.number.trim() && <span className="muted small">{t('compare.wasNumber', { number: sectionLabel(c.before.number) })}</span>}
        {c.before?.id && c.kind !== 'added' && (
          <a className="small" href={bylawsHref.section(c.before.id)}>
            {t('compare.inCurrent')}
          </a>
        )}
      </header>
      {mode === 'side' ? (
        <div className="bylaws-diff__columns">
          <div>
            <h4>{t('compare.before')}</h4>
            {c.before ? <Words words={c.words} show="before" /> : <p className="muted">{t('compare.newSection')}</p>}
          </div>
          <div>
            <h4>{t('compare.after')}</h4>
            {c.after ? <Words words={c.words} show="after" /> : <p className="muted">{t('compare.removedSection')}</p>}
          </div>
        </div>
      ) : (
        <Words words={c.words} show="both" />
      )}
    </article>
  );
}

export function ComparisonView({ base, proposed }: { base: Section[]; proposed: Section[] }) {
  const t = useMessages(messages);
  const [mode, setMode] = useState<Mode>('side');
  const [showAll, setShowAll] = useState(false);
  const changes = useMemo(() => diffBylaws(forDiff(base), forDiff(proposed)), [base, proposed]);
  const edits = changes.filter((c) => c.kind !== 'unchanged' && c.kind !== 'moved');
  const shown = showAll ? changes : changes.filter((c) => c.kind !== 'unchanged');
  const note = renumberingNote(changes);

  return (
    <div className="bylaws-diff">
      <div className="card card--callout">
        <p className="bylaws-diff__summary">{edits.length || changes.some((c) => c.kind === 'moved') ? summarise(changes) : t('compare.none')}</p>
        {note && <p className="muted">{note}</p>}
        <div className="bylaws-diff__controls">
          <div role="radiogroup" aria-label={t('compare.mode')} className="bylaws-segmented">
            {(['side', 'inline'] as const).map((m) => (
              <label key={m} className={mode === m ? 'is-on' : undefined}>
                <input type="radio" name="bylaws-diff-mode" checked={mode === m} onChange={() => setMode(m)} /> {t(`compare.${m}`)}
              </label>
            ))}
          </div>
          <label className="bylaws-check">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('compare.showAll')}
          </label>
        </div>
        <p className="muted small">{t('compare.legend')}</p>
      </div>
      {runs(shown).map((run) =>
        run.quiet ? (
          // Sections that only moved (or are unchanged) are listed compactly, one line each.
          <ul key={key(run.items[0]!)} className="card bylaws-diff__quiet">
            {run.items.map((c) => (
              <li key={key(c)} aria-label={sectionTitle(c.after!)}>
                <span className="bylaws-diff__quiet-title">{sectionTitle(c.after!)}</span>
                <span className={`bylaws-badge bylaws-badge--${c.kind}`}>{t(`change.${c.kind}`)}</span>
                {c.before!.number.trim() !== c.after!.number.trim() && <span className="muted small">{t('compare.wasNumber', { number: sectionLabel(c.before!.number) })}</span>}
                <span className="muted small">{t('compare.sameText')}</span>
              </li>
            ))}
          </ul>
        ) : (
          run.items.map((c) => <Changed key={key(c)} change={c} mode={mode} />)
        ),
      )}
    </div>
  );
}
