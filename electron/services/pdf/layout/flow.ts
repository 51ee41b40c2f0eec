// A page-by-page flow of rows. Every block is laid out as rows of known height before anything is
// drawn, so a block can be split between pages at a row boundary, its decoration (a shaded box, a
// left rule, table borders) drawn per page under exactly the rows that landed there, and a table's
// header row repeated on each page. Nothing relies on pdfkit's own automatic page breaks.

export type Row = { height: number; draw(y: number): void };

export type RowsOptions = {
  /** Rows repeated at the top of the block on every page it spans (a table header). */
  header?: Row[];
  padTop?: number;
  padBottom?: number;
  /** Drawn before the rows of each page's part of the block. */
  decorate?: (top: number, bottom: number, part: { first: boolean; last: boolean }) => void;
  /** Move the whole block to a new page when it does not fit but would fit on an empty page. */
  keepTogether?: boolean;
  /** Fewest rows to leave at the bottom of a page before breaking (widow/orphan control). */
  minRows?: number;
};

export type PageFrame = { left: number; right: number; top: number; bottom: number };

export class Flow {
  y: number;
  private frame: PageFrame;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** Adds a page, draws what every page carries, and returns the area left for content. */
    private readonly startPage: () => PageFrame,
  ) {
    this.frame = startPage();
    this.y = this.frame.top;
  }

  get left() {
    return this.frame.left;
  }
  get right() {
    return this.frame.right;
  }
  get width() {
    return this.frame.right - this.frame.left;
  }
  get bottom() {
    return this.frame.bottom;
  }
  get atPageTop() {
    return this.y <= this.frame.top + 0.5;
  }

  newPage(): void {
    this.frame = this.startPage();
    this.y = this.frame.top;
  }

  /** Vertical space, dropped at the top of a page. */
  space(h: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + h, this.bottom);
  }

  fits(h: number): boolean {
    return this.y + h <= this.bottom + 0.01;
  }

  ensure(h: number): void {
    if (!this.fits(h) && !this.atPageTop) this.newPage();
  }

  rows(rows: Row[], opts: RowsOptions = {}): void {
    const { header = [], padTop = 0, padBottom = 0, decorate, minRows = 2 } = opts;
    const headerHeight = sum(header);
    if (opts.keepTogether) {
      const total = padTop + headerHeight + sum(rows) + padBottom;
      if (!this.fits(total) && total <= this.frame.bottom - this.frame.top) this.newPage();
    }
    let i = 0;
    let first = true;
    while (i < rows.length || (first && rows.length === 0 && header.length > 0)) {
      const avail = this.bottom - this.y - padTop - padBottom - headerHeight;
      let n = 0;
      let h = 0;
      while (i + n < rows.length && h + rows[i + n]!.height <= avail + 0.01) h += rows[i + n++]!.height;
      const wanted = Math.min(minRows, rows.length - i);
      if (n < wanted && !this.atPageTop) {
        this.newPage();
        continue;
      }
      if (n === 0 && rows.length > 0) h = rows[i + n++]!.height; // taller than a page: draw it anyway
      const top = this.y;
      const last = i + n >= rows.length;
      decorate?.(top, top + padTop + headerHeight + h + padBottom, { first, last });
      this.y += padTop;
      for (const row of [...header, ...rows.slice(i, i + n)]) {
        row.draw(this.y);
        this.y += row.height;
      }
      this.y += padBottom;
      i += n;
      first = false;
      if (!last) this.newPage();
      if (rows.length === 0) break;
    }
  }
}

/** Draws rows one under the other from y (a cell, a column). */
export function stack(rows: Row[], y: number): void {
  let yy = y;
  for (const r of rows) {
    r.draw(yy);
    yy += r.height;
  }
}

function sum(rows: Row[]): number {
  return rows.reduce((s, r) => s + r.height, 0);
}
