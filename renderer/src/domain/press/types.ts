// A press release as Kansli stores it. Each version of a release is its own record: publishing
// freezes a version, and a later edit starts the next one in the same series, so the archive
// keeps exactly what the press received. Fields two officers may edit independently (headline,
// lead, body, about, contacts) are top-level so sync merges them one by one.

import type { PressContact } from '../org/profile';

export type PressStatus = 'draft' | 'ready' | 'published';

export type ParagraphBlock = { id: string; type: 'paragraph'; text: string };
export type HeadingBlock = { id: string; type: 'heading'; text: string };
export type QuoteBlock = { id: string; type: 'quote'; text: string; name: string; title: string };
/** `src` is a data URL (JPEG or PNG, already scaled to print size); empty until a picture is picked. */
export type ImageBlock = { id: string; type: 'image'; src: string; caption: string; credit: string; width?: number; height?: number };
export type PressBlock = ParagraphBlock | HeadingBlock | QuoteBlock | ImageBlock;
export type BlockType = PressBlock['type'];

/** The same shape as the profile's press contacts, from which they are prefilled. */
export type ReleaseContact = PressContact;

/** The association as a release prints it; frozen into a version when it is published. */
export type ReleaseOrg = {
  name: string;
  organisationNumber?: string;
  address?: string;
  email?: string;
  website?: string;
  logo?: string;
  color?: string;
};

export type PressReleaseData = {
  /** The id of the first version: every version of one release shares it. */
  seriesId: string;
  version: number;
  status: PressStatus;
  /** The date printed on the release, YYYY-MM-DD. */
  date: string;
  /** Local date and time before which the press may not publish, YYYY-MM-DDTHH:MM; empty: none. */
  embargo?: string;
  headline: string;
  lead: string;
  body: PressBlock[];
  aboutHeading: string;
  aboutText: string;
  contacts: ReleaseContact[];
  /** When it was published (full ISO time), and the association as it was then. */
  publishedAt?: string;
  publishedOrg?: ReleaseOrg;
};

export const BLOCK_TYPES: BlockType[] = ['paragraph', 'heading', 'quote', 'image'];

export function createBlock(type: BlockType, id: string): PressBlock {
  switch (type) {
    case 'paragraph':
      return { id, type, text: '' };
    case 'heading':
      return { id, type, text: '' };
    case 'quote':
      return { id, type, text: '', name: '', title: '' };
    case 'image':
      return { id, type, src: '', caption: '', credit: '' };
  }
}
