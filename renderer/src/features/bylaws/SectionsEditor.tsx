// Editing the bylaws text section by section: number, heading, chapter and text, with new
// sections inserted anywhere. Sequentially numbered bylaws are renumbered as sections come and go.
import { useEffect, useRef } from 'react';
import { insertSection, moveSection, removeSection, sectionLabel, type Section } from '../../domain/bylaws/model';
import { useMessages } from '../../i18n';
import { messages } from './messages';

function rowsFor(text: string): number {
  const lines = text.split('\n').reduce((n, l) => n + 1 + Math.floor(l.length / 95), 0);
  return Math.min(24, Math.max(3, lines + 1));
}

export function SectionsEditor({ sections, onChange, highlight }: { sections: Section[]; onChange(next: Section[]): void; highlight?: Set<string> }) {
  const t = useMessages(messages);
  // A new section's heading gets the focus once it has been rendered.
  const focusNext = useRef<string | undefined>(undefined);
  const refs = useRef(new Map<string, HTMLInputElement>());
  const chapters = sections.some((s) => s.chapter);

  useEffect(() => {
    if (!focusNext.current) return;
    refs.current.get(focusNext.current)?.focus();
    focusNext.current = undefined;
  }, [sections]);

  const patch = (id: string, p: Partial<Section>) => onChange(sections.map((s) => (s.id === id ? { ...s, ...p } : s)));
  const insertAfter = (index: number) => {
    const { sections: next, id } = insertSection(sections, index);
    focusNext.current = id;
    onChange(next);
  };

  return (
    <div className="bylaws-editor">
      <div className="bylaws-editor__insert">
        <button type="button" className="button button--quiet" onClick={() => insertAfter(-1)}>
          {t('editor.insertFirst')}
        </button>
      </div>
      {sections.map((s, i) => {
        const label = sectionLabel(s.number || '?');
        // Labels point at their fields (not wrap them), so a field's name is its label only.
        const key = `bylaws-ed-${s.id}`;
        return (
          <div key={s.id}>
            <fieldset className={`bylaws-editor__section card${highlight?.has(s.id) ? ' bylaws-editor__section--changed' : ''}`}>
              <legend className="visually-hidden">{label}</legend>
              <div className="bylaws-editor__head">
                <span className="bylaws-editor__number">
                  <span aria-hidden="true">§</span>
                  <label htmlFor={`${key}-n`} className="visually-hidden">
                    {t('editor.number', { section: label })}
                  </label>
                  <input id={`${key}-n`} value={s.number} size={4} onChange={(e) => patch(s.id, { number: e.target.value })} />
                </span>
                <span className="bylaws-editor__heading">
                  <label htmlFor={`${key}-h`} className="visually-hidden">
                    {t('editor.heading', { section: label })}
                  </label>
                  <input
                    id={`${key}-h`}
                    ref={(el) => {
                      if (el) refs.current.set(s.id, el);
                      else refs.current.delete(s.id);
                    }}
                    value={s.heading}
                    placeholder={t('editor.headingPlaceholder')}
                    onChange={(e) => patch(s.id, { heading: e.target.value })}
                  />
                </span>
                <div className="bylaws-editor__tools">
                  <button type="button" className="button button--quiet" disabled={i === 0} onClick={() => onChange(moveSection(sections, s.id, -1))} aria-label={t('editor.up', { section: label })} title={t('editor.upShort')}>
                    ↑
                  </button>
                  <button type="button" className="button button--quiet" disabled={i === sections.length - 1} onClick={() => onChange(moveSection(sections, s.id, 1))} aria-label={t('editor.down', { section: label })} title={t('editor.downShort')}>
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet bylaws-editor__remove"
                    onClick={() => {
                      if (!s.text.trim() || window.confirm(t('editor.removeConfirm', { section: label }))) onChange(removeSection(sections, s.id));
                    }}
                    aria-label={t('editor.remove', { section: label })}
                  >
                    {t('editor.removeShort')}
                  </button>
                </div>
              </div>
              {chapters && (
                <div className="bylaws-editor__chapter">
                  <label htmlFor={`${key}-c`}>{t('editor.chapter')}</label>
                  <input id={`${key}-c`} value={s.chapter ?? ''} onChange={(e) => patch(s.id, { chapter: e.target.value || undefined })} />
                </div>
              )}
              <div className="bylaws-editor__text">
                <label htmlFor={`${key}-t`} className="visually-hidden">
                  {t('editor.text', { section: label })}
                </label>
                <textarea id={`${key}-t`} value={s.text} rows={rowsFor(s.text)} onChange={(e) => patch(s.id, { text: e.target.value })} />
              </div>
            </fieldset>
            <div className="bylaws-editor__insert">
              <button type="button" className="button button--quiet" onClick={() => insertAfter(i)}>
                {t('editor.insertAfter', { section: label })}
              </button>
            </div>
          </div>
        );
      })}
      <p className="muted small">{t('editor.hint')}</p>
    </div>
  );
}
