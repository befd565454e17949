import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { recordJsonSchema } from './json-schema';

const committed = fileURLToPath(new URL('../record.schema.json', import.meta.url));

test('the committed JSON Schema is generated from the zod record schema', () => {
  const generated = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
  if (process.argv.includes('--update') || process.env.UPDATE_SCHEMA === '1') {
    writeFileSync(committed, generated);
  }
  // Out of date? Run `pnpm --filter @hemicycle/schema gen` and commit record.schema.json.
  expect(readFileSync(committed, 'utf8')).toBe(generated);
});
