import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Every workspace package resolves to its TypeScript source in tests. The bare name only:
 * subpaths ("@hemicycle/schema/result") resolve through the package's exports, which point
 * at the sources too.
 */
function workspaceAliases(): { find: RegExp; replacement: string }[] {
  const aliases: { find: RegExp; replacement: string }[] = [];
  for (const group of ['packages', 'apps']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const entry = join(dir, name, 'src', 'index.ts');
      if (existsSync(entry))
        aliases.push({ find: new RegExp(`^@hemicycle/${name}$`), replacement: entry });
    }
  }
  return aliases;
}

export const sharedConfig = defineConfig({
  resolve: { alias: workspaceAliases() },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: [resolve(root, 'scripts/fail-on-console.ts')],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads',
  },
});
