// Bundles the apps (the CLI with its worker, and the benchmark) into dist/ with esbuild, from the
// workspace's TypeScript sources (the "source" export condition), every dependency included, so
// the CLI starts from one file. Skips the build when dist is newer than every source; --force builds.
// The batch app's extraction engine is also bundled alone as CommonJS (dist/engine.cjs) and given a
// V8 code cache (dist/engine.cjs.cache, see apps/batch/src/load-engine.ts), made again whenever the
// engine is rebuilt or Node.js's V8 version is not the one that made it.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  {
    app: 'batch',
    entries: { cli: 'src/cli.ts', worker: 'src/worker.ts', 'prime-engine': 'src/prime-engine.ts' },
    engine: 'src/engine.ts',
  },
  {
    app: 'bench',
    entries: { bench: 'src/bench.ts', 'measure-wink-threads': 'src/measure-wink-threads.ts' },
  },
];

function newestSource(dir) {
  let newest = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.'))
        continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else if (/\.(ts|json|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
        newest = Math.max(newest, statSync(p).mtimeMs);
      }
    }
  }
  return newest;
}

const sources = Math.max(
  newestSource(join(root, 'packages')),
  newestSource(join(root, 'apps')),
  statSync(fileURLToPath(import.meta.url)).mtimeMs,
);
const force = process.argv.includes('--force');
/**
 * JSON files of 100 KB or more (the entities' 1.1 MB English vocabulary) are copied beside the
 * engine and read from there when they are required, rather than bundled into engine.cjs. V8 keeps
 * a script's source and every string literal in it for as long as the script lives: as a literal,
 * such a file would cost every thread its size for good (twice over when a character is not
 * Latin-1), while the string read from the file is garbage once parsed. Measured when wink-nlp's
 * 3 MB model was bundled this way: 2-worker peak RSS 278 against 298 MiB on the 50 MB bench corpus.
 */
function jsonBesideEngine(dist) {
  const copied = new Map();
  /** An expression that reads and parses `path`'s copy beside the engine (`__dirname`). */
  const readBeside = (path) => {
    const name = basename(path);
    const other = copied.get(name);
    if (other !== undefined && other !== path) {
      throw new Error(`build: two large JSON files are both named ${name}: ${other} and ${path}`);
    }
    copied.set(name, path);
    copyFileSync(path, join(dist, name));
    return `JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, ${JSON.stringify(name)}), "utf8"))`;
  };
  return {
    name: 'json-beside-engine',
    setup(b) {
      b.onLoad({ filter: /\.json$/ }, (args) => {
        if (statSync(args.path).size < 100_000) return undefined;
        return { contents: `module.exports = ${readBeside(args.path)};`, loader: 'js' };
      });
    },
  };
}

/** Whether dist/engine.cjs has a code cache made from it by this Node.js's V8 (the rule of readCache in apps/batch/src/load-engine.ts). */
function engineCacheCurrent(dist) {
  try {
    const meta = JSON.parse(readFileSync(join(dist, 'engine.cjs.cache.json'), 'utf8'));
    const s = statSync(join(dist, 'engine.cjs'));
    return meta.size === s.size && meta.mtimeMs === s.mtimeMs && meta.v8 === process.versions.v8;
  } catch {
    return false;
  }
}

for (const { app, entries, engine } of targets) {
  const dir = join(root, 'apps', app);
  const dist = join(dir, 'dist');
  const outputs = Object.keys(entries).map((name) => join(dist, `${name}.js`));
  if (engine) outputs.push(join(dist, 'engine.cjs'));
  const built = outputs.every(existsSync)
    ? Math.min(...outputs.map((o) => statSync(o).mtimeMs))
    : 0;
  if (!force && built >= sources) {
    if (engine && !engineCacheCurrent(dist)) primeEngine(dist);
    continue;
  }
  rmSync(dist, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, join(dir, v)])),
    outdir: join(dir, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    splitting: true,
    chunkNames: '[name]-[hash]',
    // piscina finds its own thread entry beside its files: it stays a package (a dependency of apps/batch).
    external: ['piscina'],
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __hemicycleCreateRequire } from 'node:module'; const require = __hemicycleCreateRequire(import.meta.url);",
    },
  });
  if (engine) {
    await build({
      entryPoints: [join(dir, engine)],
      outfile: join(dist, 'engine.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      plugins: [jsonBesideEngine(dist)],
      target: 'node20',
      conditions: ['source'],
      sourcemap: 'linked',
      legalComments: 'none',
      logLevel: 'warning',
    });
    asciiOnly(join(dist, 'engine.cjs'));
    primeEngine(dist);
  }
}

/**
 * Escapes the non-ASCII characters esbuild leaves in comments and regular expression literals
 * ("–", "’"), as \uXXXX. V8 keeps a script's source in memory for as long as the script lives, as
 * one byte per character when it is all Latin-1 and two otherwise: 6 MB less in every thread.
 * A character already escaped with a backslash ("\–" in a regex) keeps one backslash.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  const escaped = source.replace(/(\\*)([\u0080-\uffff])/g, (_all, slashes, c) => {
    const code = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    // an odd run of backslashes escapes the character: its escape replaces the last one
    return slashes.length % 2 === 1 ? slashes.slice(1) + code : slashes + code;
  });
  if (escaped !== source) writeFileSync(file, escaped);
}

function primeEngine(dist) {
  execFileSync(process.execPath, [join(dist, 'prime-engine.js')], { stdio: 'inherit' });
}
