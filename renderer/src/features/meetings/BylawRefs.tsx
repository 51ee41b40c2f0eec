// References to the bylaws in a paragraph: a small picker over the sections of the bylaws in
// force (read from the bylaws area's table, never written), and the references in a text as
// links to the bylaws (#/stadgar).
import { Fragment, useState } from 'react';
import { useMessages } from '../../i18n';
import { useApp } from '../../ui/appContext';
import { useLive } from '../../db/useLive';
import { isLive, type Stamped } from '../../db/stamp';
import { hrefFor } from '../../ui/routes';
import { currentVersion, type VersionLike } from '../../domain/bylaws/history';
import { bylawRefsIn, splitBylawRefs } from '../../domain/meetings/bylawRefs';
import { messages } from './messages';

type SectionRef = { number: string; heading: string };
type VersionRow = VersionLike & Stamped & { sections?: SectionRef[] };

/** The sections of the bylaws in force, or undefined while reading; [] when none are adopted. */
function useCurrentSections(): SectionRef[] | undefined {
  const { repos } = useApp();
  return useLive(async () => {
    try {
      const rows = ((await repos.db.table('bylawVersions').toArray()) as VersionRow[]).filter(isLive);
      return (currentVersion(rows)?.sections ?? []).filter((s) => typeof s.number === 'string' && s.number.trim());
    } catch {
      return [];
    }
  }, [repos]).value;
}

export function BylawPicker({ onPick, onClose }: { onPick(number: string): void; onClose(): void }) {
  const t = useMessages(messages);
  const sections = useCurrentSections();
  const [chosen, setChosen] = useState('');
  if (!sections) return null;
  if (sections.length === 0)
    return (
      <p className="meetings-hint small">
        {t('bylaw.none')} <a href={hrefFor('bylaws')}>{t('bylaw.open')}</a>
      </p>
    );
  const value = chosen || sections[0]!.number;
  return (
    <div
      className="meetings-inline meetings-bylaw-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <label className="meetings-inline__field">
        <span>{t('bylaw.section')}</span>
        <select autoFocus value={value} onChange={(e) => setChosen(e.target.value)}>
          {sections.map((s) => (
            <option key={s.number} value={s.number}>
              § {s.number} {s.heading}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" onClick={() => onPick(value)}>
        {t('bylaw.insert')}
      </button>
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('bylaw.cancel')}
      </button>
    </div>
  );
}

/** "Stadgarna: § 9 · § 10" under a paragraph's text, each a link to the bylaws. */
export function BylawLinks({ text }: { text: string }) {
  const t = useMessages(messages);
  const refs = bylawRefsIn(text);
  if (refs.length === 0) return null;
  return (
    <p className="small meetings-bylaw-links">
      {t('bylaw.links')}{' '}
      {refs.map((n, i) => (
        <Fragment key={n}>
          {i > 0 && ' · '}
          <a href={hrefFor('bylaws')}>§ {n}</a>
        </Fragment>
      ))}
    </p>
  );
}

/** Text with its "(stadgarna § 7)" references as links. */
export function TextWithBylawLinks({ text }: { text: string }) {
  return (
    <>
      {splitBylawRefs(text).map((p, i) =>
        p.ref ? (
          <a key={i} href={hrefFor('bylaws')}>
            {p.text}
          </a>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
