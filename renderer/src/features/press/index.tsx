// Pressmeddelanden: the list at #/press, one release at #/press/<id>. A draft opens in the
// editor; a published version opens as the archived copy the press received.
import { useEffect, useState } from 'react';
import { useSubPath } from '../../ui/routes';
import { useLive } from '../../db/useLive';
import { ReleaseList } from './ReleaseList';
import { Editor } from './Editor';
import { PublishedView } from './PublishedView';
import { usePressRepo, usePressT } from './usePress';
import { recoverPending } from './pending';
import { BackLink } from './BackLink';
import './press.css';

export function Page() {
  const repo = usePressRepo();
  const [ready, setReady] = useState(false);
  const [id] = useSubPath();

  // Keystrokes parked when a window closed mid-save are written before anything is shown.
  useEffect(() => {
    void recoverPending(repo).finally(() => setReady(true));
  }, [repo]);

  if (!ready) return <Loading />;
  return id ? <Release id={id} /> : <ReleaseList />;
}

function Loading() {
  const t = usePressT();
  return <p className="muted">{t('loading')}</p>;
}

function Release({ id }: { id: string }) {
  const t = usePressT();
  const repo = usePressRepo();
  const { value: record, loading } = useLive(() => repo.get(id), [repo, id]);
  if (loading) return <Loading />;
  if (!record) {
    return (
      <section aria-labelledby="page-title">
        <BackLink />
        <h1 id="page-title">{t('title')}</h1>
        <p role="alert">{t('notFound')}</p>
      </section>
    );
  }
  if (record.status === 'published') return <PublishedView record={record} />;
  // Keyed by id: the editor takes the record once and then owns the draft while it is open.
  return <Editor key={record.id} record={record} />;
}
