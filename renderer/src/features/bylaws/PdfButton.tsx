// One button that builds a PDF on the Node side and offers it as a download, with progress and
// a clear message when it cannot (no association name yet, or the renderer refused the data).
import { useState } from 'react';
import type { CleanPdfData, ComparisonPdfData } from '../../domain/bylaws/pdf';
import { useMessages } from '../../i18n';
import { hrefFor } from '../../ui/routes';
import { exportBylawsPdf, MissingOrgNameError } from './pdfExport';
import { messages } from './messages';
import { useProfile } from './useBylaws';

type Built = { data: CleanPdfData | ComparisonPdfData; name: string } | undefined;

export function PdfButton({ label, build, primary = false }: { label: string; build(): Built; primary?: boolean }) {
  const t = useMessages(messages);
  const profile = useProfile();
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'noName' | 'empty' | 'failed'>('idle');
  const [message, setMessage] = useState('');

  async function run() {
    const built = build();
    if (!built) {
      setState('empty');
      return;
    }
    setState('busy');
    try {
      await exportBylawsPdf(profile, built.data, built.name);
      setState('done');
    } catch (err) {
      if (err instanceof MissingOrgNameError) setState('noName');
      else {
        setMessage(err instanceof Error ? err.message : String(err));
        setState('failed');
      }
    }
  }

  return (
    <span className="bylaws-pdf">
      <button type="button" className={`button${primary ? ' button--primary' : ''}`} onClick={() => void run()} disabled={state === 'busy'}>
        {state === 'busy' ? t('pdf.busy') : label}
      </button>
      <span role="status" aria-live="polite" className="small">
        {state === 'done' && <span className="muted">{t('pdf.done')}</span>}
        {state === 'empty' && <span className="text-error">{t('pdf.empty')}</span>}
        {state === 'noName' && (
          <span className="text-error">
            {t('pdf.noName')} <a href={hrefFor('settings')}>{t('pdf.toSettings')}</a>
          </span>
        )}
        {state === 'failed' && <span className="text-error">{t('pdf.failed', { message })}</span>}
      </span>
    </span>
  );
}
