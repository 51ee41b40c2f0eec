// No bylaws yet: start from the template, or import the text the association already has.
import { useState } from 'react';
import { bylawsTemplate } from '../../domain/bylaws/template';
import { useMessages } from '../../i18n';
import { bylawsHref } from './links';
import { messages } from './messages';
import { useBylawRepos, useProfile } from './useBylaws';

export function StartView() {
  const t = useMessages(messages);
  const r = useBylawRepos();
  const profile = useProfile();
  const [busy, setBusy] = useState(false);

  async function fromTemplate() {
    setBusy(true);
    try {
      const text = bylawsTemplate({ name: profile?.name, seat: profile?.city, fiscalYearStart: profile?.fiscalYearStart });
      // Until the meeting adopts it, it is a proposal; adoptedTitle() drops the "Förslag till" again.
      const title = `Förslag till ${text.title.charAt(0).toLowerCase()}${text.title.slice(1)}`;
      await r.versions.create({ title, sections: text.sections, status: 'draft', source: 'template' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bylaws-start">
      <p className="bylaws-lead">{t('start.intro')}</p>
      <div className="bylaws-start__choices">
        <div className="card bylaws-start__choice">
          <h2>{t('start.templateTitle')}</h2>
          <p>{t('start.templateBody')}</p>
          {!profile?.name && <p className="muted small">{t('start.noName')}</p>}
          <button type="button" className="button button--primary" onClick={() => void fromTemplate()} disabled={busy}>
            {t('start.templateButton')}
          </button>
        </div>
        <div className="card bylaws-start__choice">
          <h2>{t('start.importTitle')}</h2>
          <p>{t('start.importBody')}</p>
          <a className="button" href={bylawsHref.importer()}>
            {t('start.importButton')}
          </a>
        </div>
      </div>
    </div>
  );
}
