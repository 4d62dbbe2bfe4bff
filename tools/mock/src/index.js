import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { openapiJsonPath } from '@allow-policy/spec';

const require = createRequire(import.meta.url);
const PRISM_BIN = require.resolve('@stoplight/prism-cli/dist/index.js');
const WATCHDOG = fileURLToPath(new URL('./parent-watchdog.cjs', import.meta.url));
const READY = /Prism is listening on (\S+)/;
const STOP_GRACE_MS = 5_000;

/** Every Prism this process started and has not stopped yet. */
const running = new Set();

/** Whether a process with this pid exists (signal 0 only checks). */
export function isProcessAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of running processes whose command line contains `needle` (Linux /proc). */
export async function processesMatching(needle) {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
  const found = [];
  for (const pid of pids) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(needle) && Number(pid) !== process.pid) found.push(Number(pid));
  }
  return found;
}

/** A TCP port that is free right now on `host`. */
export async function findFreePort(host = '127.0.0.1') {
  const server = createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the pinned Prism on the bundled spec and resolves once it listens.
 *
 * - `upstream` set: `prism proxy` in front of a real implementation, which
 *   validates requests and responses both ways; otherwise `prism mock`.
 * - `--errors` always: a response that breaks its own schema becomes a 500.
 * - Rejects with Prism's own message on `fatal` or early exit, and after
 *   `timeoutMs` without readiness; in each case nothing is left running.
 *
 * @returns {Promise<{ url: string, port: number, pid: number, startupMs: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startPrism({
  spec = openapiJsonPath,
  upstream,
  host = '127.0.0.1',
  port,
  timeoutMs = 30_000,
} = {}) {
  const chosenPort = port ?? (await findFreePort(host));
  const args = upstream ? ['proxy', spec, upstream] : ['mock', spec];
  args.push('--errors', '--host', host, '--port', String(chosenPort));

  const started = performance.now();
  const child = spawn(process.execPath, ['--require', WATCHDOG, PRISM_BIN, ...args], {
    env: { ...process.env, PRISM_OWNER_PID: String(process.pid), FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  const stop = async () => {
    running.delete(stop);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  running.add(stop);

  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Prism did not become ready within ${timeoutMs} ms.\n${output}`)),
        timeoutMs,
      );
      const onData = (chunk) => {
        output += chunk;
        const fatal = output.split('\n').find((line) => /\bfatal\b/i.test(line));
        if (fatal) {
          clearTimeout(timer);
          reject(new Error(`Prism failed to start: ${fatal.trim()}\n${output}`));
        }
        const ready = READY.exec(output);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]);
        }
      };
      child.stdout.setEncoding('utf8').on('data', onData);
      child.stderr.setEncoding('utf8').on('data', onData);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited (${signal ?? code}) before it was ready.\n${output}`));
      });
    });
    return {
      url: url.replace(/\/$/, ''),
      port: chosenPort,
      pid: child.pid,
      startupMs: performance.now() - started,
      output: () => output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops every Prism this process started (for exit and signal handlers). */
export async function stopAllPrisms() {
  await Promise.all([...running].map((stop) => stop()));
}
