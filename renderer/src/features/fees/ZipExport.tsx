// "One PDF per invoice": a .zip of files named for e-mailing, with progress for the few minutes
// a run of hundreds takes, and a cancel that stops before the next invoice and saves nothing.
import { useRef, useState } from 'react';
import { useMessages } from '../../i18n';
import type { OrgProfile } from '../../domain/org/profile';
import { Cancelled } from './batch';
import { downloadInvoiceZip, type PdfJob } from './pdf';
import { messages } from './messages';
import { surplusMessages } from './surplusMessages';

type Props = { profile: OrgProfile | undefined; jobs: () => PdfJob[]; zipName: string; disabled: boolean; onBusy(busy: boolean): void };

export function ZipExport({ profile, jobs, zipName, disabled, onBusy }: Props) {
  const t = useMessages(surplusMessages);
  const tf = useMessages(messages);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const abort = useRef<AbortController>(undefined);

  async function run() {
    const list = jobs();
    const controller = new AbortController();
    abort.current = controller;
    setNote(undefined);
    setProgress({ done: 0, total: list.length });
    onBusy(true);
    try {
      await downloadInvoiceZip(profile, list, zipName, { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
      setNote({ text: t('zip.done', { n: list.length, name: zipName }) });
    } catch (err) {
      setNote(err instanceof Cancelled ? { text: t('zip.cancelled') } : { text: tf('error.pdf', { message: err instanceof Error ? err.message : String(err) }), error: true });
    } finally {
      setProgress(undefined);
      onBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={disabled || !!progress} onClick={() => void run()}>{t('zip.button')}</button>
      {progress && (
        <div role="status" className="fees-zip">
          <progress className="fees-progress" value={progress.done} max={Math.max(1, progress.total)} aria-label={t('zip.button')} />
          <span className="small">{t('zip.progress', progress)}</span>
          <button type="button" className="button button--quiet" onClick={() => abort.current?.abort()}>{t('zip.cancel')}</button>
        </div>
      )}
      {note && <span role="status" className={`fees-zip-note ${note.error ? 'text-error' : 'muted small'}`}>{note.text}</span>}
    </>
  );
}
