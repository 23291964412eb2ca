import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { cleanEnvironment, PROJECT_ROOT } from './build.ts';

export interface DevServer {
  /** The server's address, with a trailing slash. */
  site: string;
  /** Everything it has printed so far. */
  log(): string;
  /** Resolves when the log has a line matching `pattern`; rejects with the log after `seconds`. */
  waitFor(pattern: RegExp, seconds: number): Promise<void>;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts `astro dev` in `root` (a copy of the project, so a developer's own dev server is not in the way). */
export async function startDevServer(root: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
  );
  let log = '';
  const listeners = new Set<() => void>();
  const listen = (chunk: Buffer) => {
    log += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', listen);
  child.stderr?.on('data', listen);
  return {
    site: `http://127.0.0.1:${port}/`,
    log: () => log,
    waitFor: (pattern, seconds) =>
      new Promise((ready, fail) => {
        const check = () => {
          if (!pattern.test(log)) return;
          clearTimeout(timeout);
          listeners.delete(check);
          ready();
        };
        const timeout = setTimeout(() => {
          listeners.delete(check);
          fail(new Error(`The dev server printed no line matching ${pattern} within ${seconds} s:\n${log}`));
        }, seconds * 1000);
        listeners.add(check);
        check();
      }),
    stop: () => void child.kill(),
  };
}
