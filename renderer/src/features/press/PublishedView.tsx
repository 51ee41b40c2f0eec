// A published version as the press received it: read-only, drawn as the exported HTML page is,
// exportable again byte for byte with the association's details frozen at publishing. Editing
// opens (or starts) the next version; this one never changes.
import { useEffect, useState } from 'react';
import { useLang } from '../../i18n';
import { navigate } from '../../ui/routes';
import { useLive } from '../../db/useLive';
import { orgFromProfile } from '../../domain/press/model';
import type { ReleaseOrg } from '../../domain/press/types';
import type { PressReleaseRecord } from '../../db/press/pressRepository';
import { useApp } from '../../ui/appContext';
import { BackLink } from './BackLink';
import { ExportBar } from './ExportBar';
import { ReleasePreview } from './ReleasePreview';
import { VersionNav } from './VersionNav';
import { formatStamp, usePressRepo, usePressT } from './usePress';

export function PublishedView({ record }: { record: PressReleaseRecord }) {
  const t = usePressT();
  const lang = useLang();
  const repo = usePressRepo();
  const { repos } = useApp();
  const { value: versions } = useLive(() => repo.versions(record.seriesId), [repo, record.seriesId]);
  const openDraft = versions?.find((v) => v.status !== 'published' && v.version > record.version);
  const org = async () => record.publishedOrg ?? orgFromProfile(await repos.profile.load());
  const [shownOrg, setShownOrg] = useState<ReleaseOrg>();

  useEffect(() => {
    let live = true;
    void org().then((o) => live && setShownOrg(o));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a published record does not change
  }, [record.id]);

  async function edit() {
    const next = await repo.editableVersion(record.id);
    navigate('press', next.id);
  }

  return (
    <section aria-labelledby="page-title" className="press-published">
      <BackLink />
      <h1 id="page-title">{record.headline}</h1>
      <div className="card card--callout press-published__banner">
        <p>
          <strong>{t('published', { when: record.publishedAt ? formatStamp(record.publishedAt, lang) : '', n: record.version })}</strong>
        </p>
        <p className="small">{t('publishedNote')}</p>
        <ExportBar release={record} org={org}>
          <button type="button" className="button button--primary" onClick={() => void edit()}>
            {openDraft ? t('openDraft', { n: openDraft.version }) : t('editNew')}
          </button>
        </ExportBar>
      </div>
      <VersionNav seriesId={record.seriesId} currentId={record.id} />
      {shownOrg && <ReleasePreview release={record} org={shownOrg} label={t('preview')} />}
    </section>
  );
}
