import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Runs `produce` with one temporary path per destination, then moves every
 * temporary file into place. The temporary files live in a directory beside
 * the first destination (same filesystem), so each move is an atomic
 * rename(2): readers see the old file or the new one, never a partial one.
 * If `produce` throws, no destination is touched and the temporaries are
 * removed.
 *
 * @param {string[]} destinations absolute or cwd-relative output paths
 * @param {(tempPaths: string[]) => Promise<void>} produce writes each tempPaths[i]
 */
export async function writeOutputsAtomically(destinations, produce) {
  const outDir = dirname(destinations[0]);
  await mkdir(outDir, { recursive: true });
  const tempDir = await mkdtemp(join(outDir, '.tmp-'));
  try {
    const tempPaths = destinations.map((dest, i) => join(tempDir, `${i}-${basename(dest)}`));
    await produce(tempPaths);
    for (const [i, dest] of destinations.entries()) {
      await mkdir(dirname(dest), { recursive: true });
      await rename(tempPaths[i], dest);
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}
