// Makes the engine's code cache (dist/engine.cjs.cache): loads the engine without a cache, runs
// it on the bundled summary so that the functions extraction needs are compiled, and writes the
// cache. scripts/build.mjs runs it after each build, and whenever Node.js's V8 changed.
import { fileURLToPath } from 'node:url';
import { loadEngine, writeEngineCache } from './load-engine';

const sample = fileURLToPath(new URL('../../../corpus/2012-2553-RSP.txt', import.meta.url));
const result = await loadEngine({ codeCache: false }).processFile({ path: sample });
if (result.kind !== 'record') {
  throw new Error(`priming the engine cache: ${sample} gave no record (${JSON.stringify(result)})`);
}
writeEngineCache();
