import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files (`<final>.tmp-<pid>-<hex>`) that a killed run left beside
 * `finalPath`, keeping those of a process that is still running. Returns the removed paths.
 */
export async function removeStaleTempFiles(finalPath: string): Promise<string[]> {
  const dir = dirname(finalPath);
  const prefix = `${basename(finalPath)}.tmp-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d{1,10})-[0-9a-f]{12}$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    await rm(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
