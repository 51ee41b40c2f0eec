// The editor, shaped like the release it makes: label, date and embargo on top, the headline
// large, the lead set apart, the body as blocks, then "Om föreningen" and the contacts.
import { useId } from 'react';
import { LIMITS } from '../../domain/press/counts';
import type { PressStatus } from '../../domain/press/types';
import type { PressReleaseRecord } from '../../db/press/pressRepository';
import { BackLink } from './BackLink';
import { BlockList } from './BlockList';
import { ClosingFields } from './ClosingFields';
import { Counter } from './Counter';
import { EditorActions } from './EditorActions';
import { VersionNav } from './VersionNav';
import { useAutosave, type SaveState } from './useAutosave';
import { usePressRepo, usePressT } from './usePress';
import { RecordConflictBadge } from '../sync/RecordConflictBadge';

export function Editor({ record }: { record: PressReleaseRecord }) {
  const t = usePressT();
  const repo = usePressRepo();
  const { draft, update, flush, state } = useAutosave(repo, record.id, record);
  const id = useId();
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => update((d) => ({ ...d, [key]: value }));

  return (
    <section aria-labelledby="page-title" className="press-editor">
      <BackLink />
      <div className="press-editor__head">
        <h1 id="page-title">{t('editorTitle')}</h1>
        <SaveStatus state={state} />
      </div>
      <RecordConflictBadge table="pressReleases" recordId={record.id} />
      <EditorActions record={record} draft={draft} flush={flush} />
      <VersionNav seriesId={record.seriesId} currentId={record.id} />

      <div className="press-paper">
        <div className="press-paper__top">
          <span className="press-paper__label">{t('label')}</span>
          <label className="field press-paper__date">
            <span className="field__label">{t('date')}</span>
            <input type="date" value={draft.date} required onChange={(e) => set('date', e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('status')}</span>
            <select value={draft.status} onChange={(e) => set('status', e.target.value as PressStatus)}>
              <option value="draft">{t('status.draft')}</option>
              <option value="ready">{t('ready')}</option>
            </select>
          </label>
          <div className="field press-paper__embargo">
            <label htmlFor={`${id}-embargo`}>{t('embargo')}</label>
            <div className="press-row">
              <input id={`${id}-embargo`} type="datetime-local" value={draft.embargo ?? ''} aria-describedby={`${id}-embargo-hint`} onChange={(e) => set('embargo', e.target.value || undefined)} />
              {draft.embargo && (
                <button type="button" className="button button--quiet" onClick={() => set('embargo', undefined)}>
                  {t('embargoClear')}
                </button>
              )}
            </div>
            <p className="field__hint" id={`${id}-embargo-hint`}>
              {t('embargoHint')}
            </p>
          </div>
        </div>

        <div className="field">
          <label htmlFor={`${id}-headline`}>{t('headline')}</label>
          <textarea
            id={`${id}-headline`}
            className="press-headline"
            rows={2}
            value={draft.headline}
            aria-describedby={`${id}-headline-count`}
            onChange={(e) => set('headline', e.target.value.replace(/\n/g, ' '))}
          />
          <Counter id={`${id}-headline-count`} text={draft.headline} limit={LIMITS.headline} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lead`}>{t('lead')}</label>
          <textarea id={`${id}-lead`} className="press-lead" rows={4} value={draft.lead} aria-describedby={`${id}-lead-count`} onChange={(e) => set('lead', e.target.value)} />
          <Counter id={`${id}-lead-count`} text={draft.lead} limit={LIMITS.lead} />
          <p className="field__hint">{t('leadHint')}</p>
        </div>

        <BlockList blocks={draft.body} onChange={(fn) => update((d) => ({ ...d, body: fn(d.body) }))} onImageAdded={() => void flush()} />
        <ClosingFields draft={draft} update={update} />
      </div>
    </section>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const t = usePressT();
  return (
    <p className={`press-save press-save--${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'failed' ? t('save.failed', { message: state.message }) : t(`save.${state.kind}`)}
    </p>
  );
}
