// Existing bylaws from a file (.txt or .docx) or pasted text: read, previewed with what was
// found and what looks odd, and saved as a draft only when the user says so.
import { useState, type FormEvent } from 'react';
import { parseBylawsText, type ImportResult } from '../../domain/bylaws/parse';
import { sectionTitle } from '../../domain/bylaws/model';
import { useMessages } from '../../i18n';
import { TextArea } from '../../ui/Field';
import { readBylawsFile, ImportFileError } from './files';
import { bylawsHref, goHome } from './links';
import { messages } from './messages';
import { useBylawRepos, useBylawsData, useProfile } from './useBylaws';

export function ImportView() {
  const t = useMessages(messages);
  const r = useBylawRepos();
  const data = useBylawsData();
  const profile = useProfile();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const read = (value: string) => {
    const parsed = parseBylawsText(value, undefined, { orgName: profile?.name });
    setResult(parsed);
    setError(parsed.error ?? '');
  };

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError('');
    setResult(undefined);
    try {
      const content = await readBylawsFile(file);
      setText(content);
      read(content);
    } catch (err) {
      setText('');
      setError(err instanceof ImportFileError ? t(`import.error.${err.code}`) : t('import.error.read'));
    } finally {
      setBusy(false);
    }
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!result || result.error || !result.sections.length) return;
    setBusy(true);
    try {
      // A new import replaces an unadopted draft; adopted versions are never touched.
      if (data.draft) await r.versions.remove(data.draft.id);
      await r.versions.create({ title: result.title, sections: result.sections, status: 'draft', source: 'import' });
      goHome();
    } finally {
      setBusy(false);
    }
  }

  if (data.current) {
    return (
      <div className="card card--callout">
        <p>{t('import.hasCurrent')}</p>
        <a href={bylawsHref.home()}>{t('nav.back')}</a>
      </div>
    );
  }

  return (
    <form className="bylaws-import" onSubmit={save}>
      <p>
        <a href={bylawsHref.home()}>← {t('nav.back')}</a>
      </p>
      <h2>{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <div className="field">
        <label htmlFor="bylaws-file">{t('import.file')}</label>
        <input id="bylaws-file" type="file" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => void onFile(e.target.files?.[0])} />
        <p className="field__hint">{t('import.fileHint')}</p>
      </div>
      <TextArea label={t('import.paste')} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="form__actions">
        <button type="button" className="button" onClick={() => read(text)} disabled={busy || !text.trim()}>
          {t('import.read')}
        </button>
        <span className="form__status" role="status" aria-live="polite">
          {busy && t('import.reading')}
        </span>
      </div>
      {error && (
        <p className="text-error" role="alert">
          {error}
        </p>
      )}
      {result && !result.error && (
        <section className="card bylaws-import__preview" aria-labelledby="bylaws-preview-h">
          <h3 id="bylaws-preview-h">{t('import.found', { count: result.sections.length, title: result.title })}</h3>
          {result.warnings.length > 0 && (
            <ul className="bylaws-import__warnings">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <ul className="bylaws-import__list">
            {result.sections.map((s) => (
              <li key={s.id}>
                {s.chapter && <span className="muted small">{s.chapter} · </span>}
                {sectionTitle(s)}
              </li>
            ))}
          </ul>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('import.save')}
            </button>
          </div>
        </section>
      )}
    </form>
  );
}
