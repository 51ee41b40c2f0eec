// Import: pick a file, check the columns, see every row's fate, confirm; then the whole import
// is one transaction, with progress, and can be undone as a whole.
import { useMemo, useState } from 'react';
import { useMessages } from '../../i18n';
import { useLive } from '../../db/useLive';
import { hrefFor } from '../../ui/routes';
import { detectColumns, parseMemberGrid, type ColumnMapping, type Grid } from '../../domain/members/csv';
import { planImport } from '../../domain/members/importPlan';
import type { MemberImportRecord } from '../../db/members/importRepository';
import { today, useCategories, useMemberRepos, useMembers } from './data';
import { readImportFile, type ReadFile } from './importFile';
import { ImportMapping } from './ImportMapping';
import { ImportPreview } from './ImportPreview';
import { ImportHistory } from './ImportHistory';
import { importMessages } from './importMessages';

type Loaded = { name: string; grid: Grid; format: Extract<ReadFile, { ok: true }>['format'] };
type Stage =
  | { kind: 'pick'; error?: string }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; file: Loaded; error?: string }
  | { kind: 'importing'; file: Loaded; done: number; total: number }
  | { kind: 'done'; record: MemberImportRecord };

export function ImportPage() {
  const t = useMessages(importMessages);
  const repos = useMemberRepos();
  const members = useMembers();
  const categories = useCategories();
  const { value: usedNumbers } = useLive(() => repos.members.usedNumbers(), [repos]);
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [mapping, setMapping] = useState<ColumnMapping>({});

  const file = stage.kind === 'preview' || stage.kind === 'importing' ? stage.file : undefined;
  const parsed = useMemo(() => (file ? parseMemberGrid(file.grid, mapping) : undefined), [file, mapping]);
  const plan = useMemo(
    () => (parsed && !parsed.fatal && members && categories ? planImport(parsed, members, categories, { today: today(), usedNumbers }) : undefined),
    [parsed, members, categories, usedNumbers],
  );

  async function pick(f: File | undefined) {
    if (!f) return;
    setStage({ kind: 'reading', name: f.name });
    const read = await readImportFile(f);
    if (!read.ok) return setStage({ kind: 'pick', error: read.message });
    setMapping(detectColumns((read.grid.rows[0] ?? []).map((h) => h.trim())));
    setStage({ kind: 'preview', file: { name: f.name, grid: read.grid, format: read.format } });
  }

  async function confirm() {
    if (!plan || !file) return;
    const total = plan.counts.add + plan.counts.update;
    setStage({ kind: 'importing', file, done: 0, total });
    try {
      const record = await repos.imports.apply(plan, file.name, (done) => setStage({ kind: 'importing', file, done, total }));
      setStage({ kind: 'done', record });
    } catch (err) {
      setStage({ kind: 'preview', file, error: t('failed', { message: err instanceof Error ? err.message : String(err) }) });
    }
  }

  const toWrite = plan ? plan.counts.add + plan.counts.update : 0;

  return (
    <section aria-labelledby="page-title" className="members-import">
      <a href={hrefFor('members')} className="members-back">{t('back')}</a>
      <h1 id="page-title">{t('title')}</h1>

      {stage.kind === 'pick' && (
        <div className="card">
          <p>{t('intro')}</p>
          <div className="field">
            <label htmlFor="members-import-file" className="button button--primary members-file-button">{t('pick')}</label>
            <input id="members-import-file" className="members-file-input" type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void pick(e.target.files?.[0])} />
            <p className="field__hint">{t('pickHint')}</p>
          </div>
          {stage.error && <p className="text-error members-import__error" role="alert">{stage.error}</p>}
        </div>
      )}

      {stage.kind === 'reading' && <p className="card" role="status">{t('reading', { file: stage.name })}</p>}

      {file && parsed && (
        <>
          <div className="members-import__file">
            <p>
              {t('file', { file: file.name })} · <span className="muted">{t(`format.${file.format}`)}</span>
            </p>
            {stage.kind === 'preview' && <button type="button" className="button button--quiet" onClick={() => setStage({ kind: 'pick' })}>{t('other')}</button>}
          </div>
          <ImportMapping headers={parsed.headers} samples={file.grid.rows.slice(1, 4)} mapping={mapping} onChange={setMapping} />
          {parsed.fatal && <p className="card text-error" role="alert">{parsed.fatal}</p>}
          {plan && members && <ImportPreview plan={plan} members={members} />}
          {stage.kind === 'preview' && stage.error && <p className="card text-error" role="alert">{stage.error}</p>}
          <div className="card members-import__confirm">
            {stage.kind === 'importing' ? (
              <div role="status" aria-live="polite">
                <p>{t('importing', { done: stage.done, total: stage.total })}</p>
                <progress max={Math.max(1, stage.total)} value={stage.done} />
              </div>
            ) : (
              <>
                <button type="button" className="button button--primary" disabled={toWrite === 0} onClick={() => void confirm()}>
                  {toWrite === 0 ? t('confirmNothing') : t('confirm', { n: toWrite })}
                </button>
                <p className="muted small">{t('confirmHint')}</p>
              </>
            )}
          </div>
        </>
      )}

      {stage.kind === 'done' && (
        <div className="card card--callout" role="status">
          <h2>{t('done.title')}</h2>
          <p>{t('done.body', stage.record.counts)}</p>
          <a className="button button--primary" href={hrefFor('members')}>{t('done.list')}</a>
        </div>
      )}

      <ImportHistory />
    </section>
  );
}
