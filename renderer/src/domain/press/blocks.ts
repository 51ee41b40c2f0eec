// Moving, inserting and removing body blocks: pure array operations the editor calls for both
// the mouse (buttons, drag and drop) and the keyboard (Alt+arrow keys).
import type { PressBlock } from './types';

/** Moves the block at `from` by `delta` places; out of range leaves the list as it is. */
export function moveBlock(blocks: PressBlock[], from: number, delta: number): PressBlock[] {
  const to = from + delta;
  if (from < 0 || from >= blocks.length || to < 0 || to >= blocks.length || delta === 0) return blocks;
  return moveBlockTo(blocks, from, to);
}

/** Moves the block at `from` so that it ends up at index `to`. */
export function moveBlockTo(blocks: PressBlock[], from: number, to: number): PressBlock[] {
  if (from === to || from < 0 || from >= blocks.length) return blocks;
  const next = blocks.slice();
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved!);
  return next;
}

export function insertBlock(blocks: PressBlock[], at: number, block: PressBlock): PressBlock[] {
  const next = blocks.slice();
  next.splice(Math.max(0, Math.min(at, next.length)), 0, block);
  return next;
}

export function removeBlock(blocks: PressBlock[], id: string): { blocks: PressBlock[]; removed?: { block: PressBlock; index: number } } {
  const index = blocks.findIndex((b) => b.id === id);
  if (index < 0) return { blocks };
  return { blocks: blocks.filter((b) => b.id !== id), removed: { block: blocks[index]!, index } };
}

export function updateBlock(blocks: PressBlock[], id: string, patch: Partial<PressBlock>): PressBlock[] {
  return blocks.map((b) => (b.id === id ? ({ ...b, ...patch, id: b.id, type: b.type } as PressBlock) : b));
}

/** A block that would print nothing (an empty paragraph, a picture never picked). */
export function isEmptyBlock(b: PressBlock): boolean {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
      return b.text.trim() === '';
    case 'quote':
      return b.text.trim() === '' && b.name.trim() === '';
    case 'image':
      return b.src === '';
  }
}
