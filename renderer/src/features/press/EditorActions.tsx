// Export, publish and delete for a release being written. Publishing checks the release,
// asks once, and freezes this version with the association's details as they are now.
import { useState } from 'react';
import { useApp } from '../../ui/appContext';
import { navigate } from '../../ui/routes';
import { checkRelease, orgFromProfile } from '../../domain/press/model';
import { formatDate, formatDateTime } from '../../domain/press/format';
import type { PressReleaseData, ReleaseOrg } from '../../domain/press/types';
import type { PressReleaseRecord } from '../../db/press/pressRepository';
import { useLang } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ExportBar, problemText } from './ExportBar';
import { usePressRepo, usePressT } from './usePress';

type Props = { record: PressReleaseRecord; draft: PressReleaseData; flush(): Promise<void> };

export function EditorActions({ record, draft, flush }: Props) {
  const t = usePressT();
  const lang = useLang();
  const { repos } = useApp();
  const repo = usePressRepo();
  const [dialog, setDialog] = useState<'publish' | 'delete'>();
  const [checkedOrg, setCheckedOrg] = useState<ReleaseOrg>();
  const problems = checkedOrg ? checkRelease(draft, checkedOrg) : [];
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const org = async () => orgFromProfile(await repos.profile.load());

  async function askPublish() {
    await flush();
    const o = await org();
    const found = checkRelease(draft, o);
    setCheckedOrg(found.length > 0 ? o : undefined);
    if (found.length === 0) setDialog('publish');
  }

  async function publish() {
    setBusy(true);
    try {
      await flush();
      await repo.publish(record.id, await org(), new Date().toISOString());
      setDialog(undefined);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    await flush();
    await repo.removeDraft(record.id);
    navigate('press');
  }

  return (
    <div className="press-actions card">
      <ExportBar release={draft} org={org} before={flush}>
        <button type="button" className="button button--quiet" onClick={() => setDialog('delete')}>
          {t('deleteDraft')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void askPublish()}>
          {t('publish')}
        </button>
      </ExportBar>
      {problems.length > 0 && (
        <div className="press-problems" role="alert">
          <p>{t('export.fix')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{problemText(t, p)}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && <p className="text-error" role="alert">{failure}</p>}
      <ConfirmDialog
        open={dialog === 'publish'}
        title={t('publish.title', { n: record.version })}
        confirm={t('publish.confirm')}
        cancel={t('publish.cancel')}
        busy={busy}
        onConfirm={() => void publish()}
        onClose={() => setDialog(undefined)}
      >
        <p>{t('publish.body')}</p>
        <p className="small">
          {t('publish.date', { date: formatDate(draft.date, lang) })}
          {draft.embargo && (
            <>
              <br />
              {t('publish.embargo', { when: formatDateTime(draft.embargo, lang) })}
            </>
          )}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('delete.title')}
        confirm={t('delete.confirm')}
        cancel={t('publish.cancel')}
        danger
        onConfirm={() => void remove()}
        onClose={() => setDialog(undefined)}
      >
        <p>{t('delete.body', { headline: draft.headline.trim() || t('untitled') })}</p>
      </ConfirmDialog>
    </div>
  );
}
