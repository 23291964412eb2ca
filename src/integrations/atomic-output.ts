import { existsSync, readdirSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

const NAME = 'atomic-output';

/** The sibling folders a build of `outDir` uses: `dist.staging-<pid>` (being built), `dist.previous-<pid>` (being replaced). */
export function stagingFolders(outDir: string, pid = process.pid): { staging: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { staging: join(parent, `${name}.staging-${pid}`), previous: join(parent, `${name}.previous-${pid}`) };
}

/**
 * Publishes `astro build` atomically: the build is written to a sibling staging folder and, once
 * every later step has passed (the search index is written and checked), swapped into the output
 * folder with two renames. A build that fails at any point leaves the output folder exactly as it
 * was, and its staging folder is removed on exit. `astro dev` and `astro preview` are untouched:
 * they keep reading the real output folder.
 *
 * Its `astro:build:done` must run last, so it must be the last integration; it checks that it is.
 */
export function atomicOutput(): AstroIntegration {
  let outDir = '';
  let staging = '';
  let published = false;
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        removeStale(outDir);
        staging = stagingFolders(outDir).staging;
        // Astro empties its outDir before writing to it: point it at the staging folder instead.
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        // A failed build throws out of Astro and the CLI exits: take the half-built folder with it.
        // A step can also end the process without an error (Pagefind's own process panicking leaves
        // its promise unsettled, and Node exits with 0 when nothing is left to do): that is a failure too.
        process.once('exit', (code) => {
          if (published) return;
          rmSync(staging, { recursive: true, force: true });
          if (code === 0) {
            process.exitCode = 1;
            console.error(`The build ended before it could publish (a step stopped without finishing): ${outDir} is as it was.`);
          }
        });
      },
      'astro:config:done': ({ config }) => {
        const last = config.integrations.at(-1)?.name;
        if (last !== NAME) throw new Error(`${NAME} must be the last integration (so it publishes after every other step); ${last} is.`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!outDir) return;
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built !== staging) throw new Error(`Astro built into ${built}, not the staging folder ${staging}; nothing was published.`);
        await swapIn(staging, outDir);
        published = true;
        logger.info(`Published ${outDir} (built in ${basename(staging)}, then swapped in whole).`);
      },
    },
  };
}

/** Replaces `outDir` by `staging`: the old folder is renamed aside, the new one renamed in, the old one removed. */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const { previous } = stagingFolders(outDir);
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/** Removes the staging and set-aside folders of earlier builds of `outDir` that were killed (their process is gone). */
function removeStale(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${escape(basename(outDir))}\\.(?:staging|previous)-(\\d+)$`);
  for (const entry of readdirSync(parent)) {
    const pid = Number(pattern.exec(entry)?.[1]);
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
