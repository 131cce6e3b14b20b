// Moving the keyboard focus between rows of the aligned view: which row a key leads to, and focusing
// a cell of that row once the virtualizer has rendered it (it may be out of view when the key is hit).

/** The focusable columns of a row, as AlignedView marks them (data-focus-column). */
export type RowColumn = 'reviewed' | 'source' | 'target';

/** The row ArrowUp/ArrowDown/Home/End/PageUp/PageDown lead to from `row`, or null for other keys. */
export function nextRow(key: string, row: number, rows: number, page = 5): number | null {
  const last = rows - 1;
  const to = (r: number) => Math.max(0, Math.min(last, r));
  switch (key) {
    case 'ArrowDown':
      return to(row + 1);
    case 'ArrowUp':
      return to(row - 1);
    case 'PageDown':
      return to(row + page);
    case 'PageUp':
      return to(row - page);
    case 'Home':
      return 0;
    case 'End':
      return to(last);
    default:
      return null;
  }
}

/** Focuses the cell once it exists: a row scrolled to is rendered a frame or two later. */
export function focusWhenRendered(
  root: HTMLElement | null,
  column: RowColumn,
  row: number,
  frames = 10,
): void {
  const cell = root?.querySelector<HTMLElement>(`[data-focus-column="${column}"][data-focus-row="${row}"]`);
  if (cell) cell.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWhenRendered(root, column, row, frames - 1));
}
