import { readdir, readFile } from 'node:fs/promises';

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

export async function waitFor(predicate, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
