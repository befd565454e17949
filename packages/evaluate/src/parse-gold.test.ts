import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseGold } from './parse-gold';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = process.env.HEMICYCLE_SHARED ?? resolve(repo, '../shared');
const sharedGold = join(shared, 'gold');

describe('parseGold', () => {
  test('a valid fixture parses, extra fields kept', () => {
    const r = parseGold(
      '{"doc": "2012-2553-RSP", "countries": ["KZ"], "note": "x"}',
      'k.gold.json',
    );
    expect(r).toEqual({ ok: true, value: { doc: '2012-2553-RSP', countries: ['KZ'], note: 'x' } });
  });

  test.each([
    ['invalid JSON', '{"doc": "x",', /^bad\.gold\.json: invalid JSON: /],
    [
      'a lower-case country code',
      '{"doc": "x", "countries": ["kz"]}',
      /^bad\.gold\.json: .*countries\.0: /,
    ],
    ['no doc', '{"countries": []}', /^bad\.gold\.json: .*doc: /],
    [
      'an unknown entity type',
      '{"doc": "x", "entities": [{"type": "party", "text": "EPP"}]}',
      /entities\.0\.type: /,
    ],
    [
      'an unknown act',
      '{"doc": "x", "statements": [{"act": "asks", "speaker": "ep", "addressee": null, "content": "c"}]}',
      /statements\.0\.act: unknown act/,
    ],
    [
      'a statement without addressee',
      '{"doc": "x", "statements": [{"act": "urge", "speaker": "ep", "content": "c"}]}',
      /statements\.0\.addressee: /,
    ],
    [
      'a date that is not ISO',
      '{"doc": "x", "dates": [{"value": "16/12/2011"}]}',
      /dates\.0\.value: /,
    ],
    ['an array', '[]', /^bad\.gold\.json: .*\(fixture\): /],
  ])('%s: the message names the file and what is wrong', (_label, json, message) => {
    const r = parseGold(json, 'bad.gold.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.file).toBe('bad.gold.json');
    expect(r.error.message).toMatch(message);
  });

  test('the bundled corpus gold parses', () => {
    const file = join(repo, 'corpus/gold/2012-2553-RSP.gold.json');
    const r = parseGold(readFileSync(file, 'utf8'), file);
    expect(r.ok && r.value.doc).toBe('2012-2553-RSP');
  });

  test.skipIf(!existsSync(sharedGold))(
    `every fixture in ${sharedGold} parses (skipped when absent)`,
    () => {
      const files = readdirSync(sharedGold).filter((f) => f.endsWith('.gold.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const r = parseGold(readFileSync(join(sharedGold, f), 'utf8'), f);
        expect(r.ok ? r.value.doc : r.error.message).toBe(f.replace(/\.gold\.json$/, ''));
      }
    },
  );
});
