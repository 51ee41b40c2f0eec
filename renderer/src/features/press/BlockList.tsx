// The body as a list of blocks. Mouse: the buttons on each block and its drag handle. Keyboard:
// Alt+↑/↓ moves the block the focus is in (focus stays in it), Alt+Enter adds a paragraph after.
// Removing can be undone; every move and removal is announced to screen readers.
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { createBlock, type BlockType, type PressBlock } from '../../domain/press/types';
import { insertBlock, moveBlock, moveBlockTo, removeBlock, updateBlock } from '../../domain/press/blocks';
import { BlockFields } from './BlockFields';
import { usePressT } from './usePress';

type Props = { blocks: PressBlock[]; onChange(fn: (b: PressBlock[]) => PressBlock[]): void; onImageAdded(): void };
const ADD: BlockType[] = ['paragraph', 'heading', 'quote', 'image'];

export function BlockList({ blocks, onChange, onImageAdded }: Props) {
  const t = usePressT();
  const [announce, setAnnounce] = useState('');
  const [undo, setUndo] = useState<{ block: PressBlock; index: number }>();
  const [dragId, setDragId] = useState<string>();
  // The ref answers the first dragover, which may come before React has re-rendered with dragId.
  const dragging = useRef<string | undefined>(undefined);
  const [dropAt, setDropAt] = useState<number>();
  const list = useRef<HTMLOListElement>(null);

  const typeName = (b: PressBlock) => t(`block.${b.type}`);

  /** Focuses the first field of a block once React has put it on the page. */
  const focusBlock = (id: string) =>
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-block="${id}"] textarea, [data-block="${id}"] input, [data-block="${id}"] label.button`)?.focus());

  function add(type: BlockType, at = blocks.length) {
    const block = createBlock(type, crypto.randomUUID());
    onChange((b) => insertBlock(b, at, block));
    focusBlock(block.id);
  }

  function move(index: number, delta: number) {
    const to = index + delta;
    if (to < 0 || to >= blocks.length) return;
    const active = document.activeElement as HTMLElement | null;
    onChange((b) => moveBlock(b, index, delta));
    setAnnounce(t('moved', { type: typeName(blocks[index]!), n: to + 1, total: blocks.length }));
    // Reordering may take the focused field out of the page for a moment; put focus back.
    requestAnimationFrame(() => active && document.activeElement !== active && active.focus());
  }

  function remove(id: string) {
    const { removed } = removeBlock(blocks, id);
    if (!removed) return;
    onChange((b) => removeBlock(b, id).blocks);
    setUndo(removed);
    setAnnounce(t('removed', { type: typeName(removed.block) }));
  }

  function restore() {
    if (!undo) return;
    onChange((b) => insertBlock(b, undo.index, undo.block));
    focusBlock(undo.block.id);
    setUndo(undefined);
    setAnnounce('');
  }

  function onKeyDown(e: KeyboardEvent, index: number) {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      move(index, e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      add('paragraph', index + 1);
    }
  }

  function onDragOver(e: DragEvent, index: number) {
    if (!dragging.current) return;
    e.preventDefault();
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    setDropAt(e.clientY < box.top + box.height / 2 ? index : index + 1);
  }

  function onDrop(e: DragEvent, index: number) {
    e.preventDefault();
    const from = blocks.findIndex((b) => b.id === dragging.current);
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const at = e.clientY < box.top + box.height / 2 ? index : index + 1;
    if (from >= 0) {
      const to = at > from ? at - 1 : at;
      onChange((b) => moveBlockTo(b, from, to));
      setAnnounce(t('moved', { type: typeName(blocks[from]!), n: to + 1, total: blocks.length }));
    }
    endDrag();
  }

  function endDrag() {
    dragging.current = undefined;
    setDragId(undefined);
    setDropAt(undefined);
  }

  return (
    <fieldset className="press-body">
      <legend>{t('body')}</legend>
      <p className="field__hint">{t('bodyHelp')}</p>
      {blocks.length === 0 && <p className="muted press-body__empty">{t('noBlocks')}</p>}
      <ol className="press-blocks" ref={list} onDragEnd={endDrag}>
        {blocks.map((b, i) => {
          const label = t('blockN', { type: typeName(b), n: i + 1 });
          const classes = ['press-block', `press-block--${b.type}`, dragId === b.id && 'press-block--dragging', dropAt === i && 'press-block--drop-before', dropAt === i + 1 && i === blocks.length - 1 && 'press-block--drop-after'];
          return (
            <li key={b.id} data-block={b.id} className={classes.filter(Boolean).join(' ')} aria-label={label} onKeyDown={(e) => onKeyDown(e, i)} onDragOver={(e) => onDragOver(e, i)} onDrop={(e) => onDrop(e, i)}>
              <div className="press-block__bar">
                <span
                  className="press-block__handle"
                  draggable
                  title={t('dragHandle', { type: typeName(b), n: i + 1 })}
                  aria-hidden="true"
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', b.id);
                    dragging.current = b.id;
                    setDragId(b.id);
                  }}
                >
                  ⠿
                </span>
                <span className="press-block__type">{label}</span>
                <span className="press-block__tools">
                  <button type="button" className="button button--quiet" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${t('moveUp')}: ${label}`} title={t('moveUp')}>
                    ↑
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => move(i, 1)} disabled={i === blocks.length - 1} aria-label={`${t('moveDown')}: ${label}`} title={t('moveDown')}>
                    ↓
                  </button>
                  <button type="button" className="button button--quiet press-block__remove" onClick={() => remove(b.id)} aria-label={`${t('remove')}: ${label}`} title={t('remove')}>
                    ✕
                  </button>
                </span>
              </div>
              <BlockFields block={b} onChange={(patch) => onChange((all) => updateBlock(all, b.id, patch))} onImageAdded={onImageAdded} />
            </li>
          );
        })}
      </ol>
      <div className="press-body__status" role="status" aria-live="polite">
        {announce}
        {undo && (
          <button type="button" className="button button--quiet" onClick={restore}>
            {t('undo')}
          </button>
        )}
      </div>
      <div className="press-add" role="group" aria-label={t('body')}>
        {ADD.map((type) => (
          <button key={type} type="button" className="button" onClick={() => add(type)}>
            {t(`add.${type}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
