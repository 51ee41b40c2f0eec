import { useId } from 'react';
import type { ImageBlock, PressBlock } from '../../domain/press/types';
import { ImageFields } from './ImageFields';
import { usePressT } from './usePress';

type Patch = Partial<PressBlock>;

export function BlockFields({ block, onChange, onImageAdded }: { block: PressBlock; onChange(patch: Patch): void; onImageAdded(): void }) {
  const t = usePressT();
  const id = useId();
  switch (block.type) {
    case 'paragraph':
      return (
        <div className="field">
          <label className="visually-hidden" htmlFor={id}>
            {t('block.paragraph')}
          </label>
          <textarea id={id} rows={Math.max(3, Math.min(12, Math.ceil(block.text.length / 90) + 1))} value={block.text} onChange={(e) => onChange({ text: e.target.value })} />
        </div>
      );
    case 'heading':
      return (
        <div className="field">
          <label className="visually-hidden" htmlFor={id}>
            {t('block.heading')}
          </label>
          <input id={id} className="press-subheading" value={block.text} onChange={(e) => onChange({ text: e.target.value })} />
        </div>
      );
    case 'quote':
      return (
        <div className="press-quote">
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('quote.text')}</label>
            <textarea id={`${id}-text`} rows={3} value={block.text} onChange={(e) => onChange({ text: e.target.value })} />
          </div>
          <div className="press-row press-row--fields">
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('quote.name')}</label>
              <input id={`${id}-name`} value={block.name} onChange={(e) => onChange({ name: e.target.value })} />
            </div>
            <div className="field press-grow">
              <label htmlFor={`${id}-title`}>{t('quote.title')}</label>
              <input id={`${id}-title`} value={block.title} placeholder={t('quote.titleHint')} onChange={(e) => onChange({ title: e.target.value })} />
            </div>
          </div>
        </div>
      );
    case 'image':
      return <ImageFields block={block} onChange={(p: Partial<ImageBlock>) => onChange(p)} onImageAdded={onImageAdded} />;
  }
}
