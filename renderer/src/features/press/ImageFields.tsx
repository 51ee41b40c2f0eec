// A picture in the body: pick a JPEG or PNG, see it reduced to print size, write the caption
// and the photographer. A file that is not a picture is refused with its name in the message,
// and the picture already there is kept.
import { useId, useRef, useState } from 'react';
import { dataUrlBytes, formatBytes } from '../../domain/press/image';
import type { ImageBlock } from '../../domain/press/types';
import { prepareImage } from './scaleImage';
import { usePressT } from './usePress';

export function ImageFields({ block, onChange, onImageAdded }: { block: ImageBlock; onChange(p: Partial<ImageBlock>): void; onImageAdded(): void }) {
  const t = usePressT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [working, setWorking] = useState(false);
  const [scaledFrom, setScaledFrom] = useState<{ width: number; height: number }>();

  async function pick(file: File | undefined) {
    if (!file) return;
    setWorking(true);
    setError(undefined);
    try {
      const result = await prepareImage(file);
      if (!result.ok) {
        setError(t(`image.${result.reason}`, { name: file.name, size: formatBytes(result.size) }));
        return;
      }
      setScaledFrom(result.width !== result.originalWidth ? { width: result.originalWidth, height: result.originalHeight } : undefined);
      onChange({ src: result.src, width: result.width, height: result.height });
      onImageAdded();
    } finally {
      setWorking(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className={`press-image${error ? ' field--error' : ''}`}>
      <div className="press-image__preview">{block.src ? <img src={block.src} alt={block.caption || t('image.alt')} /> : <span className="muted small">{t('image.none')}</span>}</div>
      <div className="press-image__fields">
        <div className="press-row">
          <label className="button" htmlFor={`${id}-file`}>
            {block.src ? t('image.replace') : t('image.choose')}
          </label>
          <input ref={input} id={`${id}-file`} className="visually-hidden" type="file" accept="image/jpeg,image/png" aria-describedby={`${id}-hint`} onChange={(e) => void pick(e.target.files?.[0])} />
          <span className="small muted" role="status">
            {working
              ? t('image.working')
              : block.src && block.width && block.height
                ? `${t('image.info', { width: block.width, height: block.height, size: formatBytes(dataUrlBytes(block.src)) })}${scaledFrom ? ` – ${t('image.scaled', scaledFrom)}` : ''}`
                : ''}
          </span>
        </div>
        <p className="field__hint" id={`${id}-hint`}>
          {t('image.hint')}
        </p>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-caption`}>{t('image.caption')}</label>
          <input id={`${id}-caption`} value={block.caption} onChange={(e) => onChange({ caption: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-credit`}>{t('image.credit')}</label>
          <input id={`${id}-credit`} value={block.credit} aria-describedby={`${id}-credit-hint`} onChange={(e) => onChange({ credit: e.target.value })} />
          <p className="field__hint" id={`${id}-credit-hint`}>
            {t('image.creditHint')}
          </p>
        </div>
      </div>
    </div>
  );
}
