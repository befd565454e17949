import { describe, expect, test } from 'vitest';
import { serializeRecord } from './serialize-record';
import { makeRecord } from './test-support';

/** Rebuilds an object with its keys in reverse order, recursively. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v)
      .reverse()
      .map(([k, x]) => [k, reverseKeys(x)]),
  );
}

describe('serializeRecord', () => {
  test('keys follow the schema order whatever order the record was built in', () => {
    const record = makeRecord();
    const line = serializeRecord(record);
    expect(serializeRecord(reverseKeys(record) as typeof record)).toBe(line);
    expect(line.startsWith('{"schemaVersion":1,"doc":"2012-2553-RSP","source":{"path":')).toBe(
      true,
    );
    expect(line).toContain('"content":{"start":');
    expect(line).toContain(
      '"addressee":{"id":"european-external-action-service","text":"EEAS","start":',
    );
    expect(line).toContain('"mentions":[{"start":');
  });

  test('the same record gives the same bytes', () => {
    expect(serializeRecord(makeRecord())).toBe(serializeRecord(makeRecord()));
  });

  test('one line: a line break or U+2028 in a span stays escaped or inside a string', () => {
    const line = serializeRecord(makeRecord());
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(makeRecord());
  });

  test('fields the schema does not know are kept, after the known ones', () => {
    const record = { extra: { b: 1 }, ...makeRecord() };
    const parsed = JSON.parse(serializeRecord(record)) as Record<string, unknown>;
    expect(Object.keys(parsed).at(-1)).toBe('extra');
    expect(parsed.extra).toEqual({ b: 1 });
  });
});
