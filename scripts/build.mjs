// Bundles the apps (the CLI with its worker, and the benchmark) into dist/ with esbuild, from the
// workspace's TypeScript sources (the "source" export condition), every dependency included, so
// the CLI starts from one file. Skips the build when dist is newer than every source; --force builds.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  { app: 'batch', entries: { cli: 'src/cli.ts', worker: 'src/worker.ts' } },
  { app: 'bench', entries: { bench: 'src/bench.ts' } },
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
for (const { app, entries } of targets) {
  const dir = join(root, 'apps', app);
  const outputs = Object.keys(entries).map((name) => join(dir, 'dist', `${name}.js`));
  const built = outputs.every(existsSync)
    ? Math.min(...outputs.map((o) => statSync(o).mtimeMs))
    : 0;
  if (!force && built >= sources) continue;
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
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
}
