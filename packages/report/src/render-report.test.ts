import { scoreCorpus } from '@hemicycle/evaluate';
import { makeSpan } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { KAZAKH_TEXT, kazakhGold, kazakhRecord, makeRecord } from '../test/fixture';
import { renderReport } from './render-report';
import { SCORECARD_ROWS } from './scorecard-rows';

const INJECTED = `## <script>window.__pwned = 1</script> Resolution on <b>bold</b>

Parliament condemns <img src=x onerror="window.__pwned=2"> the attack & "calls" on the EEAS.`;

function injectedRecord() {
  const r = makeRecord('injected', INJECTED, {
    entities: [['institution', 'european-parliament', ['Parliament']]],
  });
  const tag = INJECTED.indexOf('<script>');
  // An entity mention over markup, overlapping the tag's end: its text must stay text.
  r.entities.push({
    id: 'x',
    type: 'organization',
    name: 'x',
    mentions: [makeSpan(INJECTED, tag + 3, tag + 20)],
  });
  r.title = '<script>window.__pwned = 1</script> Resolution';
  return r;
}

function report() {
  const record = kazakhRecord();
  const scorecard = scoreCorpus([{ record, gold: kazakhGold() }]);
  return renderReport({
    documents: [
      { record, text: KAZAKH_TEXT },
      { record: injectedRecord(), text: INJECTED },
      { record: { ...kazakhRecord(), doc: 'gone' }, text: null, textNote: 'not found: gone.txt' },
    ],
    scorecard,
    baseline: {
      label: 'test baseline',
      figures: {
        'total.entities.strict.f1': 0.99,
        'total.statements.lenient.f1': 0.5,
        'doc/2012-2553-RSP.entities.strict.f1': 0.99,
      },
    },
    goldLabel: 'corpus/gold',
  });
}

function count(html: string, needle: string | RegExp): number {
  return html.split(needle).length - 1;
}

describe('renderReport', () => {
  const files = report();
  const index = files.get('index.html')!;
  const page = files.get('docs/2012-2553-RSP.html')!;
  const injected = files.get('docs/injected.html')!;

  test('writes an index and one page per record', () => {
    expect([...files.keys()].sort()).toEqual([
      'docs/2012-2553-RSP.html',
      'docs/gone.html',
      'docs/injected.html',
      'index.html',
    ]);
  });

  test('index: one scorecard row per field of spec section 5, total and document columns', () => {
    for (const row of SCORECARD_ROWS) expect(index).toContain(`data-field="${row.key}"`);
    expect(index).toContain('href="docs/2012-2553-RSP.html"');
    expect(count(index, '<tr data-field=')).toBe(SCORECARD_ROWS.length);
  });

  test('index: a figure below its baseline is framed as a drop, and the chart shows the baseline', () => {
    expect(index).toMatch(/<td class="(low|mid|good) drop" title="[^"]*baseline 0\.990/);
    expect(index).toContain('<svg class="chart"');
    expect(index).toContain('class="baseline"');
  });

  test('document page: every entity mention, date, quantity and statement part is marked', () => {
    expect(count(page, /class="[^"]*\bent t-institution/g)).toBeGreaterThanOrEqual(3);
    expect(page).toMatch(/class="[^"]*\bdt\b/);
    expect(page).toMatch(/class="[^"]*\bqt\b/);
    expect(page).toMatch(/class="[^"]*st-act k-expressive[^"]*"[^>]*>condemn</);
    expect(page).toMatch(/class="[^"]*st-addr k-directive[^"]*"[^>]*>EEAS</);
    expect(page).toContain('speaker european-parliament');
  });

  test('document page: spurious, partial and missed items are marked differently', () => {
    expect(page).toMatch(/class="[^"]*\bent t-organization sp"[^>]*SPURIOUS[^>]*>police</);
    expect(page).toMatch(/class="[^"]*\bpa\b/);
    // Missed gold statement found in the text by search, marked and linked.
    expect(page).toMatch(
      /class="ms ms-st" title="MISSED \(gold statement\)[^"]*">report back to Parliament</,
    );
    // Missed gold date: no text to look for, listed instead.
    expect(page).toContain('2011-05 <span class="note">(not located in the text)</span>');
    expect(page).toContain('<span class="badge missed">missed</span> ALDE');
    // Spurious items are listed beside the text, each linked to its mark.
    expect(page).toContain('Spurious: in the record, not in the gold (1)');
    expect(page).toContain('organization: police <a href="#x0">#</a>');
    expect(page).toContain('<a class="anchor" id="x0"></a>');
  });

  test('document page: the figures of the document, with drops below the baseline framed', () => {
    expect(page).toContain('Figures of this document');
    expect(page).toMatch(
      /<tr data-field="entities\.strict\.f1"><td class="field">entities strict<\/td><td class="\w+ drop" title="[^"]*baseline 0\.990">/,
    );
    expect(page).toMatch(
      /<tr data-field="statements\.lenient\.f1">(?:(?!<\/tr>).)*<td class="na">–<\/td><\/tr>/,
    );
  });

  test('overlapping marks give well-formed markup', () => {
    for (const html of [page, injected]) {
      const text = html.slice(html.indexOf('<div class="doc-text"'), html.indexOf('</section>'));
      expect(count(text, '<span')).toBe(count(text, '</span>'));
    }
  });

  test('document text is escaped: markup shows as text, only the page script exists', () => {
    expect(count(injected, '<script')).toBe(1);
    expect(injected).not.toContain('<img');
    expect(injected).not.toContain('<b>');
    expect(injected).toContain('&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(injected).toContain('&lt;/script&gt;');
    expect(count(index, '<script')).toBe(1);
  });

  test('no external resources: no src, no http(s) links, a CSP that forbids fetching', () => {
    for (const html of files.values()) {
      expect(html).not.toMatch(/<[a-z][^<>]*\ssrc=/i);
      expect(html).not.toMatch(/(href|src)="(https?:)?\/\//);
      expect(html).toContain("default-src 'none'");
    }
  });

  test('a record whose text could not be read says so and still lists its extractions', () => {
    const gone = files.get('docs/gone.html')!;
    expect(gone).toContain('not found: gone.txt');
    expect(gone).toContain('Statements (3)');
    expect(index).toContain('text missing');
  });
});
