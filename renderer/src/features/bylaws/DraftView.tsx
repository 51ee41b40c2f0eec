// The proposed bylaws of a new association (or bylaws just imported): edited here, saved as you
// type, and adopted by recording the decision of the constituting meeting.
import { useState } from 'react';
import type { VersionRecord } from '../../db/bylaws/repositories';
import type { Section } from '../../domain/bylaws/model';
import { adoptedTitle } from '../../domain/bylaws/history';
import { cleanPdfData } from '../../domain/bylaws/pdf';
import { useMessages } from '../../i18n';
import { TextField } from '../../ui/Field';
import { DecisionForm } from './DecisionForm';
import { messages } from './messages';
import { PdfButton } from './PdfButton';
import { SaveStatus } from './SaveStatus';
import { SectionsEditor } from './SectionsEditor';
import { useAutosave } from './useAutosave';
import { useBylawRepos } from './useBylaws';

export function DraftView({ draft }: { draft: VersionRecord }) {
  const t = useMessages(messages);
  const r = useBylawRepos();
  const [title, setTitle] = useState(draft.title);
  const [sections, setSections] = useState<Section[]>(draft.sections);
  const save = useAutosave((p: { title: string; sections: Section[] }) => r.versions.update(draft.id, p));

  const change = (p: { title?: string; sections?: Section[] }) => {
    const next = { title: p.title ?? title, sections: p.sections ?? sections };
    if (p.title !== undefined) setTitle(p.title);
    if (p.sections) setSections(p.sections);
    save.schedule(next);
  };

  async function discard() {
    if (!window.confirm(t('draft.discardConfirm'))) return;
    await r.versions.remove(draft.id);
  }

  return (
    <div className="bylaws-draft">
      <div className="card card--callout">
        <h2>{t('draft.title')}</h2>
        <p>{t('draft.intro')}</p>
        <div className="bylaws-actions">
          <PdfButton label={t('pdf.draft')} build={() => ({ data: cleanPdfData({ ...draft, title, sections }, []), name: title })} />
          <button type="button" className="button button--quiet" onClick={() => void discard()}>
            {t('draft.discard')}
          </button>
          <SaveStatus state={save.state} />
        </div>
      </div>
      <TextField label={t('draft.docTitle')} value={title} onChange={(e) => change({ title: e.target.value })} />
      <SectionsEditor sections={sections} onChange={(s) => change({ sections: s })} />
      <section className="card" aria-labelledby="bylaws-adopt-h">
        <h2 id="bylaws-adopt-h">{t('draft.adoptTitle')}</h2>
        <p className="muted">{t('draft.adoptIntro')}</p>
        <DecisionForm
          defaultMeeting={t('draft.defaultMeeting')}
          majority="simple"
          submitLabel={t('draft.adopt')}
          onSubmit={async (d) => {
            await save.flush();
            await r.versions.update(draft.id, { title, sections });
            await r.versions.adoptDraft(draft.id, d, adoptedTitle(title));
          }}
        />
      </section>
    </div>
  );
}
