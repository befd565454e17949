import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSourceDocument } from '@hemicycle/ingest';
import { extractRecord } from '@hemicycle/pipeline';
import type { ExtractionRecord } from '@hemicycle/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { runReportCommand } from '../src/commands/report';
import { corpusGold, scoreGoldCorpus } from '../src/quality';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const screens = join(repoRoot, 'quality', 'screens');
/** Debian's chromium package; HEMICYCLE_CHROMIUM names another binary. */
const chromiumPath = process.env.HEMICYCLE_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);

/** What the page-side callbacks use of the browser's globals (the tests compile without the DOM lib). */
interface BrowserGlobals {
  getComputedStyle(el: unknown): { backgroundColor: string };
  __pwned?: string;
}

/** Flags for a quiet, offline, throwaway headless browser. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A document that tries every way to run code or fetch something if its text were not escaped. */
const HOSTILE = `## Resolution on <script>window.__pwned = 'script'</script> Kazakhstan

2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading

The European Parliament adopted a resolution on Kazakhstan. <img src="http://127.0.0.1:9/pixel.png" onerror="window.__pwned = 'img'"> Parliament calls on the EEAS to report <b>back</b> to Parliament. <link rel="stylesheet" href="http://127.0.0.1:9/x.css"><iframe src="http://127.0.0.1:9/"></iframe> It urges the Kazakh authorities to release "S&D" members & others.</script><script>window.__pwned = 'second'</script>
`;

const suiteName = hasChromium
  ? 'review pages in headless Chromium'
  : `review pages in headless Chromium — SKIPPED: no Chromium at ${chromiumPath} (install Debian's package: apt-get install -y chromium, or set HEMICYCLE_CHROMIUM)`;

describe.skipIf(!hasChromium)(suiteName, () => {
  let work: string;
  let out: string;
  let context: BrowserContext;
  let kazakh: ExtractionRecord;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'hemicycle-report-'));
    out = join(work, 'report');
    const run = await scoreGoldCorpus(corpusGold(repoRoot));
    kazakh = run.records.find((r) => r.doc === '2012-2553-RSP')!;
    const hostileFile = join(work, 'hostile.txt');
    writeFileSync(hostileFile, HOSTILE);
    const read = await readSourceDocument(hostileFile);
    if (!read.ok) throw new Error(read.error.message);
    const records = [...run.records, extractRecord(read.value)];
    const recordsFile = join(work, 'records.jsonl');
    writeFileSync(recordsFile, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await runReportCommand([
      '--records',
      recordsFile,
      '--gold',
      corpusGold(repoRoot).goldDir,
      '--out',
      out,
    ]);
    stdout.mockRestore();
    expect(code).toBe(0);

    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 1000 },
    });
    context.on('request', (r) => requests.push(r.url()));
    context.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    mkdirSync(screens, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(name: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(out, name)).href, { waitUntil: 'load' });
    return page;
  }

  test('index: the scorecard table and the chart are rendered, links lead to every document', async () => {
    const page = await open('index.html');
    const rows = await page.locator('table.scorecard tbody tr[data-field]').count();
    expect(rows).toBeGreaterThanOrEqual(16);
    const header = await page.locator('table.scorecard thead th').allTextContents();
    expect(header.join(' ')).toContain('2012-2553-RSP');
    const f1 = await page.locator('tr[data-field="entities.strict.f1"] td').nth(1).textContent();
    expect(f1).toMatch(/^\d\.\d{3}/);
    expect(await page.locator('svg.chart g.bar').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('svg.chart line.baseline').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('table.docs a').count()).toBe(2);
    await page.screenshot({ path: join(screens, 'index.png'), fullPage: true });
    await page.close();
  });

  test('document page: every entity and statement of the record is highlighted, with styles applied', async () => {
    const page = await open('docs/2012-2553-RSP.html');
    for (const [i] of kazakh.entities.entries()) {
      expect(
        await page.locator(`.doc-text [data-k~="e${i}"]`).count(),
        `entity ${i}`,
      ).toBeGreaterThan(0);
    }
    for (const [i] of kazakh.statements.entries()) {
      expect(
        await page.locator(`.doc-text .st-content[data-k~="s${i}"]`).count(),
        `statement ${i}`,
      ).toBeGreaterThan(0);
    }
    expect(await page.locator('.doc-text .dt').count()).toBeGreaterThanOrEqual(kazakh.dates.length);
    expect(await page.locator('.doc-text .qt').count()).toBeGreaterThanOrEqual(
      kazakh.quantities.length,
    );
    // CSS is applied (not blocked by the page's content security policy).
    const background = await page
      .locator('.doc-text .ent')
      .first()
      .evaluate(
        (el) => (globalThis as unknown as BrowserGlobals).getComputedStyle(el).backgroundColor,
      );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('aside h3', { hasText: 'Legend' }).count()).toBe(1);
    await page.screenshot({ path: join(screens, 'document.png'), fullPage: false });
    // The page's own hover script runs: hovering a statement highlights all of it.
    if (kazakh.statements.length > 0) {
      await page.locator('.doc-text .st-content[data-k~="s0"]').first().hover();
      expect(await page.locator('.doc-text .hl').count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  test('a hostile document: its markup shows as text, no script of it runs, nothing is fetched', async () => {
    const page = await open('docs/hostile.html');
    expect(
      await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__pwned),
    ).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, iframe, link[rel="stylesheet"], main b').count()).toBe(0);
    const text = await page.locator('.doc-text').textContent();
    expect(text).toContain("<script>window.__pwned = 'script'</script>");
    expect(text).toContain('<img src="http://127.0.0.1:9/pixel.png"');
    expect(await page.locator('h1').textContent()).toContain('<script>');
    await page.screenshot({ path: join(screens, 'hostile.png') });
    await page.close();
  });

  test('no network request: every request was a page opened from file://', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the pages written are the ones tested (index links resolve to files)', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const m of index.matchAll(/href="(docs\/[^"]+)"/g))
      expect(existsSync(join(out, m[1]!))).toBe(true);
  });
});
