import { test } from 'vitest';
import { brief, docOf, statementsOf } from '/work/main/packages/statements/src/test-support';
const S = (process.env.PROBE ?? '').split('||');
test('probe', () => {
  for (const s of S) {
    for (const [fmt, ev] of [['ep-resolution', null]] as const) {
      console.log(fmt, JSON.stringify(statementsOf(docOf("The European Parliament,\n– having regard to Rule 144 of its Rules of Procedure,\nA. whereas X;\n" + s, fmt as never, ev)).map(brief)));
    }
  }
});
