import { escapeHtml } from './escape-html';
import { figureBand, formatFigure } from './format-figure';
import type { Cell } from './scorecard-rows';

/**
 * A scorecard cell: the figure (or ✓/✗), P/R below, a colour band, and a red frame when it is
 * more than `tolerance` below its baseline. The hover text gives counts and the baseline.
 */
export function renderCell(
  cell: Cell | null,
  baseline: number | undefined,
  tolerance: number,
): string {
  if (!cell) return '<td class="na" title="not scored: the gold does not state this field">–</td>';
  const drop = baseline !== undefined && cell.value < baseline - tolerance;
  const base = baseline === undefined ? '' : `; baseline ${formatFigure(baseline)}`;
  const mark = cell.mark === undefined ? '' : cell.value === 1 ? ' yes' : ' no';
  const cls = `${figureBand(cell.value)}${mark}${drop ? ' drop' : ''}`;
  const main = cell.mark ?? formatFigure(cell.value);
  const detail = cell.detail ? `<span class="prf">${escapeHtml(cell.detail)}</span>` : '';
  return `<td class="${cls}" title="${escapeHtml(cell.tip + base)}">${escapeHtml(main)}${detail}</td>`;
}
