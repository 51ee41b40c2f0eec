import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { checkLogo } from '../../domain/org/profile';
import { bytesToBase64 } from '../../../../electron/wire';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Picks a logo; a file that is not a PNG/JPEG or is too large is refused and the old logo kept. */
export function LogoPicker({ value, onChange }: { value?: string; onChange(dataUrl: string | undefined): void }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();

  async function pick(file: File | undefined) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkLogo(bytes);
    if (!check.ok) {
      setError(check.reason === 'tooLarge' ? t('org.logo.tooLarge', { size: formatSize(bytes.length) }) : t(check.reason === 'empty' ? 'org.logo.empty' : 'org.logo.notImage'));
    } else {
      setError(undefined);
      onChange(`data:${check.mime};base64,${bytesToBase64(bytes)}`);
    }
    if (input.current) input.current.value = '';
  }

  return (
    <div className={`field logo-picker${error ? ' field--error' : ''}`}>
      <span className="field__label" id={`${id}-label`}>
        {t('org.logo')}
      </span>
      <div className="logo-picker__row">
        <div className="logo-picker__preview">{value ? <img src={value} alt={t('org.logo.alt')} /> : <span className="muted small">{t('org.logo.none')}</span>}</div>
        <div className="logo-picker__actions">
          <label className="button" htmlFor={id}>
            {t('org.logo.choose')}
          </label>
          <input ref={input} id={id} className="visually-hidden" type="file" accept="image/png,image/jpeg" aria-describedby={`${id}-hint`} onChange={(e) => void pick(e.target.files?.[0])} />
          {value && (
            <button type="button" className="button button--quiet" onClick={() => onChange(undefined)}>
              {t('org.logo.remove')}
            </button>
          )}
        </div>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t('org.logo.hint')}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
