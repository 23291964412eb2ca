import { existsSync, readdirSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Where a build of `outDir` is made before it is published, and where the folder it replaces is set
 * aside for a moment: siblings of `outDir` (a rename is atomic only within one file system) named
 * after the building process, so that one whose process is gone is known to be stale.
 */
export function stagingFolders(outDir: string, pid = process.pid): { staging: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { staging: join(parent, `${name}.staging-${pid}`), previous: join(parent, `${name}.previous-${pid}`) };
}

/**
 * A staging folder for a build of `outDir`: the build is written there, and published by `publish`.
 * Astro empties its `outDir` when a build starts, so building anywhere else would leave no last
 * good site to keep. Staging folders of earlier builds that were killed are removed first; this
 * build's is removed when the process ends without publishing it (a build that failed).
 */
export function stage(outDir: string): { staging: string; publish(): Promise<void> } {
  removeStale(outDir);
  const { staging, previous } = stagingFolders(outDir);
  rmSync(staging, { recursive: true, force: true });
  let published = false;
  const removeUnpublished = () => {
    if (!published) rmSync(staging, { recursive: true, force: true });
  };
  process.once('exit', removeUnpublished);
  return {
    staging,
    async publish() {
      const hadPrevious = existsSync(outDir);
      if (hadPrevious) await rename(outDir, previous);
      try {
        await rename(staging, outDir);
      } catch (error) {
        if (hadPrevious) await rename(previous, outDir);
        throw error;
      }
      published = true;
      process.off('exit', removeUnpublished);
      if (hadPrevious) await rm(previous, { recursive: true, force: true });
    },
  };
}

/**
 * `work`'s result, or an error when the process is about to end while `work` is still pending:
 * Pagefind's own process dying mid-request leaves its promise unsettled, and Node, with nothing
 * left to do, would end the build with exit code 0 and nothing published. The error makes it a
 * failed build instead, reported as any other.
 */
export function settledOrStalled<T>(work: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = () => reject(new Error(`${what} stopped without finishing, so nothing was published.`));
    process.once('beforeExit', stalled);
    work.then(resolve, reject).finally(() => process.off('beforeExit', stalled));
  });
}

/** Removes the staging and set-aside folders of earlier builds of `outDir` whose process is gone. */
function removeStale(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = `${basename(outDir)}.`;
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(/^(?:staging|previous)-(\d+)$/.exec(entry.slice(prefix.length))?.[1]);
    if (pid && !isRunning(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
