import { describe, expect, it } from 'vitest';
import { insertBlock, isEmptyBlock, moveBlock, moveBlockTo, removeBlock, updateBlock } from '../../../renderer/src/domain/press/blocks';
import { createBlock, type PressBlock } from '../../../renderer/src/domain/press/types';

const ids = (b: PressBlock[]) => b.map((x) => x.id).join('');
const blocks = ['a', 'b', 'c', 'd'].map((id) => createBlock('paragraph', id));

describe('moving blocks', () => {
  it('moves up and down by one, and not past either end', () => {
    expect(ids(moveBlock(blocks, 2, -1))).toBe('acbd');
    expect(ids(moveBlock(blocks, 0, 1))).toBe('bacd');
    expect(moveBlock(blocks, 0, -1)).toBe(blocks);
    expect(moveBlock(blocks, 3, 1)).toBe(blocks);
  });

  it('drops a dragged block where it was let go', () => {
    expect(ids(moveBlockTo(blocks, 0, 3))).toBe('bcda');
    expect(ids(moveBlockTo(blocks, 3, 0))).toBe('dabc');
    expect(ids(blocks)).toBe('abcd'); // the original is untouched
  });

  it('removes a block and can put it back where it was', () => {
    const { blocks: left, removed } = removeBlock(blocks, 'c');
    expect(ids(left)).toBe('abd');
    expect(ids(insertBlock(left, removed!.index, removed!.block))).toBe('abcd');
    expect(removeBlock(blocks, 'x').removed).toBeUndefined();
  });

  it('updates one block without changing its kind or id', () => {
    const q = [createBlock('quote', 'q')];
    const next = updateBlock(q, 'q', { name: 'Anna', type: 'paragraph', id: 'z' } as Partial<PressBlock>);
    expect(next[0]).toEqual({ id: 'q', type: 'quote', text: '', name: 'Anna', title: '' });
  });

  it('knows which blocks print nothing', () => {
    expect(isEmptyBlock(createBlock('paragraph', 'p'))).toBe(true);
    expect(isEmptyBlock({ ...createBlock('image', 'i'), caption: 'text only' } as PressBlock)).toBe(true);
    expect(isEmptyBlock({ id: 'q', type: 'quote', text: '', name: 'Anna', title: '' })).toBe(false);
  });
});
