import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as EngineModule from './engine';

export type Engine = typeof EngineModule;

/** The bundled engine beside this file (dist/engine.cjs), its code cache and what the cache was made from. */
const enginePath = fileURLToPath(new URL('./engine.cjs', import.meta.url));
const cachePath = `${enginePath}.cache`;
const cacheMetaPath = `${enginePath}.cache.json`;

interface CacheMeta {
  /** The engine file the cache was made from (rewriting the file changes both). */
  size: number;
  mtimeMs: number;
  /** V8 rejects a cache made by another version itself; kept to tell why a cache is stale. */
  v8: string;
}

function engineStamp(): CacheMeta {
  const s = statSync(enginePath);
  return { size: s.size, mtimeMs: s.mtimeMs, v8: process.versions.v8 };
}

/**
 * The code cache, when it was made from this very engine file. V8 checks a cache's version and
 * flags but recognises the source only by its length, so a cache is never used for a file it was
 * not made from.
 */
function readCache(): Buffer | undefined {
  // scripts/build.mjs (engineCacheCurrent) applies the same rule to decide when to prime again
  if (!existsSync(cachePath) || !existsSync(cacheMetaPath)) return undefined;
  try {
    const meta = JSON.parse(readFileSync(cacheMetaPath, 'utf8')) as Partial<CacheMeta>;
    const now = engineStamp();
    if (meta.size !== now.size || meta.mtimeMs !== now.mtimeMs || meta.v8 !== now.v8)
      return undefined;
    return readFileSync(cachePath);
  } catch {
    return undefined;
  }
}

let loaded: { engine: Engine; script: Script } | undefined;

/**
 * What V8 did with the code cache when this thread loaded the engine: read it (`accepted`),
 * refused it (`rejected`: made by another V8 or under other flags, see tune-v8.ts), found none
 * usable (`absent`), or was not given one (`not-used`: worker threads compile the engine).
 * `null` until the engine is loaded in this thread.
 */
export type EngineCodeCache = 'accepted' | 'rejected' | 'absent' | 'not-used';
let codeCacheState: EngineCodeCache | null = null;

export function engineCodeCache(): EngineCodeCache | null {
  return codeCacheState;
}

/**
 * Loads the engine (once per thread). With `codeCache`, it is compiled with V8's code cache
 * when one was made for it: the bytecode of every function the priming run compiled is read
 * instead of compiled again, which makes a one-document run start about 50 ms sooner. The
 * deserialised functions stay in memory, though (measured: 35 MB more at the peak of a 9 MB
 * run in one thread), so the worker threads of a batch, which start once and run long, compile as usual.
 * Without a usable cache the engine is compiled as usual: the cache only ever saves time.
 */
export function loadEngine({ codeCache }: { codeCache: boolean }): Engine {
  if (loaded) return loaded.engine;
  const source = readFileSync(enginePath, 'utf8');
  const cachedData = codeCache ? readCache() : undefined;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    {
      filename: enginePath,
      cachedData,
    },
  );
  codeCacheState = !codeCache
    ? 'not-used'
    : cachedData === undefined
      ? 'absent'
      : script.cachedDataRejected
        ? 'rejected'
        : 'accepted';
  const run = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  run(
    module.exports,
    createRequire(enginePath),
    module,
    enginePath,
    fileURLToPath(new URL('.', import.meta.url)),
  );
  loaded = { engine: module.exports as Engine, script };
  return loaded.engine;
}

/**
 * Writes the code cache of the loaded engine (call it after the engine has processed a
 * document, so that the functions that run are in it), atomically, with what it was made from.
 */
export function writeEngineCache(): void {
  if (!loaded) throw new Error('writeEngineCache: the engine is not loaded');
  const data = loaded.script.createCachedData();
  const tmp = `${cachePath}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, cachePath);
  writeFileSync(`${cacheMetaPath}.tmp-${process.pid}`, JSON.stringify(engineStamp()));
  renameSync(`${cacheMetaPath}.tmp-${process.pid}`, cacheMetaPath);
}
