// Export buttons shared by the editor and the archived view. Before anything leaves, the
// release is checked; what is missing is listed in words, and nothing is exported.
import { useState, type ReactNode } from 'react';
import { checkRelease, type ReleaseProblem } from '../../domain/press/model';
import type { PressReleaseData, ReleaseOrg } from '../../domain/press/types';
import { copyPlainText, exportRelease, type ExportKind } from './exports';
import { usePressT } from './usePress';

/** `children`: further actions (publish, delete) on the same row, at its right end. */
type Props = { release: PressReleaseData; org(): Promise<ReleaseOrg>; before?(): Promise<void>; children?: ReactNode };

export function problemText(t: ReturnType<typeof usePressT>, p: ReleaseProblem): string {
  if ('blockId' in p) return t(`problem.${p.code}`, { n: p.index + 1 });
  if (p.code === 'contactNoName') return t('problem.contactNoName', { n: p.index + 1 });
  return t(`problem.${p.code}`);
}

export function ExportBar({ release, org, before, children }: Props) {
  const t = usePressT();
  const [busy, setBusy] = useState<ExportKind | 'copy'>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  // Once an export was refused, the list follows the release live, so fixed items disappear.
  const [checkedOrg, setCheckedOrg] = useState<ReleaseOrg>();
  const problems = checkedOrg ? checkRelease(release, checkedOrg) : [];

  async function run(kind: ExportKind | 'copy') {
    setMessage(undefined);
    await before?.();
    const o = await org();
    const found = checkRelease(release, o);
    setCheckedOrg(found.length > 0 ? o : undefined);
    if (found.length > 0) return;
    setBusy(kind);
    try {
      if (kind === 'copy') {
        await copyPlainText(release, o);
        setMessage({ kind: 'ok', text: t('export.copied') });
      } else {
        const file = await exportRelease(kind, release, o);
        setMessage({ kind: 'ok', text: t('export.done', { file }) });
      }
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      setMessage({ kind: 'error', text: kind === 'copy' ? t('export.copyFailed', { message: text }) : t('export.failed', { message: text }) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="press-export">
      <div className="press-export__row">
        <div className="press-row" role="group" aria-label={t('export')}>
          <span className="press-export__label">{t('export')}:</span>
          {(['pdf', 'html', 'text'] as const).map((k) => (
            <button key={k} type="button" className="button" disabled={busy !== undefined} onClick={() => void run(k)}>
              {busy === k ? t('export.making', { what: t(`export.${k}`) }) : t(`export.${k}`)}
            </button>
          ))}
          <button type="button" className="button" disabled={busy !== undefined} onClick={() => void run('copy')}>
            {t('export.copy')}
          </button>
        </div>
        {children && <div className="press-row press-export__more">{children}</div>}
      </div>
      <div role="status" aria-live="polite" className="small">
        {message && <span className={message.kind === 'error' ? 'text-error' : 'press-ok'}>{message.text}</span>}
      </div>
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
    </div>
  );
}
