import { escapeHtml } from './escape-html';

export interface ChartRow {
  label: string;
  current: number | null;
  baseline: number | null;
}

const LABEL_W = 150;
const BAR_W = 320;
const ROW_H = 20;
const NOTE_W = 150;

/**
 * A small inline SVG bar chart: one bar per field (the current figure) with a black tick at the
 * committed baseline; a bar more than `tolerance` below its baseline is red, one above it green.
 */
export function renderFigureChart(rows: readonly ChartRow[], tolerance: number): string {
  const width = LABEL_W + BAR_W + NOTE_W;
  const height = rows.length * ROW_H + 28;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const x = LABEL_W + (BAR_W * i) / 4;
    parts.push(`<line x1="${x}" y1="4" x2="${x}" y2="${height - 20}" stroke="#e3e6ec"/>`);
    parts.push(
      `<text x="${x}" y="${height - 6}" text-anchor="middle" fill="#5d6677">${(i / 4).toFixed(2)}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = 4 + i * ROW_H;
    const label = escapeHtml(row.label);
    parts.push(
      `<text x="${LABEL_W - 8}" y="${y + 14}" text-anchor="end" fill="#1d2330">${label}</text>`,
    );
    if (row.current === null) {
      parts.push(`<text x="${LABEL_W + 4}" y="${y + 14}" fill="#a0a7b4">not scored</text>`);
      return;
    }
    const delta = row.baseline === null ? null : row.current - row.baseline;
    const colour =
      delta === null || Math.abs(delta) <= tolerance
        ? '#4a78c2'
        : delta < 0
          ? '#d62828'
          : '#2b8a3e';
    const w = Math.max(1, row.current * BAR_W);
    const tip = `${row.label}: ${row.current.toFixed(3)}${row.baseline === null ? ' (no baseline)' : `, baseline ${row.baseline.toFixed(3)}`}`;
    parts.push(
      `<g class="bar" data-field="${label}"><title>${escapeHtml(tip)}</title><rect x="${LABEL_W}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_H - 6}" rx="2" fill="${colour}"/>`,
    );
    if (row.baseline !== null) {
      const bx = LABEL_W + row.baseline * BAR_W;
      parts.push(
        `<line class="baseline" x1="${bx.toFixed(1)}" y1="${y}" x2="${bx.toFixed(1)}" y2="${y + ROW_H}" stroke="#111" stroke-width="2"/>`,
      );
    }
    parts.push('</g>');
    const note =
      delta === null
        ? `${row.current.toFixed(3)}`
        : Math.abs(delta) < 0.0005
          ? `${row.current.toFixed(3)} (= baseline)`
          : `${row.current.toFixed(3)} (${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(3)})`;
    parts.push(
      `<text x="${LABEL_W + BAR_W + 8}" y="${y + 14}" fill="${colour === '#4a78c2' ? '#1d2330' : colour}">${note}</text>`,
    );
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Figures against the baseline">${parts.join('')}</svg>`;
}
