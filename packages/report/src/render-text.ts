import { escapeHtml } from './escape-html';
import { type Mark, splitMarks } from './split-marks';

function unique(xs: Iterable<string>): string[] {
  return [...new Set(xs)];
}

/**
 * The document text as HTML with every mark laid over it: the text is split at every mark
 * boundary and each piece wrapped in one `<span>` carrying the classes, hover lines and keys of
 * all marks that cover it, so that nested and overlapping marks render without broken markup.
 * Every piece of text is escaped.
 */
export function renderMarkedText(text: string, marks: readonly Mark[]): string {
  const out: string[] = [];
  const anchored = new Set<string>();
  for (const seg of splitMarks(text.length, marks)) {
    const piece = escapeHtml(text.slice(seg.start, seg.end));
    for (const m of seg.marks) {
      if (m.anchor !== undefined && !anchored.has(m.anchor)) {
        anchored.add(m.anchor);
        out.push(`<a class="anchor" id="${escapeHtml(m.anchor)}"></a>`);
      }
    }
    if (seg.marks.length === 0) {
      out.push(piece);
      continue;
    }
    const classes = unique(seg.marks.flatMap((m) => m.classes)).join(' ');
    const title = unique(seg.marks.map((m) => m.label)).join('\n');
    const keys = unique(seg.marks.flatMap((m) => (m.key === undefined ? [] : [m.key]))).join(' ');
    const k = keys === '' ? '' : ` data-k="${escapeHtml(keys)}"`;
    out.push(
      `<span class="${escapeHtml(classes)}" title="${escapeHtml(title)}"${k}>${piece}</span>`,
    );
  }
  return out.join('');
}
