// The turbo task graph sees every spec edit and caches everything else:
// a task that reads openapi/ hashes all of it, an unchanged tree is a full
// cache hit, and an edit in openapi/ re-runs exactly the tasks that depend on
// the spec (checked on a throwaway copy of the repo, never on this tree).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, symlink, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
const turboBin = join(repoRoot, 'node_modules/.bin/turbo');

async function turbo(cwd, ...args) {
  const { stdout } = await run(turboBin, args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  return stdout;
}

async function dryRun(cwd, task = 'build') {
  const plan = JSON.parse(await turbo(cwd, 'run', task, '--dry=json'));
  return new Map(plan.tasks.map((t) => [t.taskId, t]));
}

/** Tasks that (transitively) depend on one of `roots`, the roots included. */
function dependents(tasks, roots) {
  const result = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, task] of tasks) {
      if (!result.has(id) && task.dependencies.some((d) => result.has(d))) {
        result.add(id);
        grew = true;
      }
    }
  }
  return result;
}

async function trackedFiles(prefix) {
  const { stdout } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', prefix], {
    cwd: repoRoot,
  });
  return stdout.split('\n').filter(Boolean);
}

describe('turbo task graph', () => {
  it('hashes every file of openapi/ and redocly.yaml in the tasks that read the spec', async () => {
    const tasks = await dryRun(repoRoot);
    const specFiles = [...(await trackedFiles('openapi')), 'redocly.yaml'];
    const readers = [...tasks.values()].filter((t) => ['lint', 'bundle'].includes(t.task) && t.command !== '<NONEXISTENT>');
    expect(readers.map((t) => t.taskId)).toEqual(expect.arrayContaining(['@allow-policy/spec#lint', '@allow-policy/spec#bundle']));
    for (const task of readers) {
      const inputs = Object.keys(task.inputs).map((p) => resolve(repoRoot, task.directory, p));
      for (const file of specFiles) expect(inputs, `${task.taskId} must hash ${file}`).toContain(resolve(repoRoot, file));
    }
  });

  it('declares outputs for every task that writes files, so a cache hit restores them', async () => {
    const tasks = await dryRun(repoRoot);
    for (const id of ['@allow-policy/spec#bundle']) {
      expect(tasks.get(id).outputs).toContain('dist/**');
    }
  });

  it('replays a second build of an unchanged tree entirely from cache', async () => {
    await turbo(repoRoot, 'run', 'build', '--output-logs=none');
    const second = await turbo(repoRoot, 'run', 'build', '--output-logs=none');
    const [, cached, total] = /Cached:\s+(\d+) cached, (\d+) total/.exec(second) ?? [];
    expect(Number(total)).toBeGreaterThan(0);
    expect(Number(cached), second).toBe(Number(total));
  }, 300_000);

  it('re-runs exactly the tasks that depend on the spec when a file in openapi/ changes', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'turbo-graph-'));
    for (const file of await trackedFiles('.')) {
      await cp(join(repoRoot, file), join(copy, file), { recursive: true }).catch(() => {});
    }
    await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));

    const before = await dryRun(copy);
    await appendFile(join(copy, 'openapi/components/schemas/Pattern.yaml'), '# edited\n');
    const after = await dryRun(copy);

    const changed = new Set([...after.keys()].filter((id) => after.get(id).hash !== before.get(id).hash));
    const expected = dependents(after, ['@allow-policy/spec#lint', '@allow-policy/spec#bundle']);
    expect(changed).toEqual(expected);
    expect(changed.size).toBeLessThan(after.size); // some tasks do not read the spec and stay cached
  }, 120_000);
});
