import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { cleanEnvironment, PROJECT_ROOT } from './build.ts';

export interface DevServer {
  /** The server's address, with a trailing slash. */
  site: string;
  /** Everything it has printed so far. */
  log(): string;
  /**
   * Resolves when the log matches `ready`. Rejects at once, with the log, when it matches
   * `failure` or the server stops; and after `seconds` otherwise.
   */
  waitFor(ready: RegExp, options: { seconds: number; failure?: RegExp }): Promise<void>;
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
    [resolvePath(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
  );
  let log = '';
  let exitCode: number | null | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const listen = (chunk: Buffer) => {
    log += chunk.toString();
    notify();
  };
  child.stdout?.on('data', listen);
  child.stderr?.on('data', listen);
  child.on('exit', (code) => {
    exitCode = code;
    notify();
  });
  return {
    site: `http://127.0.0.1:${port}/`,
    log: () => log,
    waitFor: (ready, { seconds, failure }) =>
      new Promise((resolve, reject) => {
        const settle = (error?: Error) => {
          clearTimeout(timeout);
          listeners.delete(check);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          const failed = failure?.exec(log);
          if (failed) settle(new Error(`${failed[0]}\n\nThe dev server's log:\n${log}`));
          else if (ready.test(log)) settle();
          else if (exitCode !== undefined) settle(new Error(`The dev server stopped (exit code ${exitCode}):\n${log}`));
        };
        const timeout = setTimeout(
          () => settle(new Error(`The dev server printed no line matching ${ready} within ${seconds} s:\n${log}`)),
          seconds * 1000,
        );
        listeners.add(check);
        check();
      }),
    stop: () => void child.kill(),
  };
}
