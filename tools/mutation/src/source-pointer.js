// Finds, in the split `openapi/` sources, the node a logical pointer of the
// bundled document names: walks the same keys from the root file and follows
// every `$ref` (to another file, or inside one) on the way.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

const unescape = (part) => part.replaceAll('~1', '/').replaceAll('~0', '~');
export const splitPointer = (pointer) => pointer.replace(/^#?\/?/, '').split('/').filter((p) => p !== '').map(unescape);

/**
 * @param {string} rootFile  the copy's openapi.yaml
 * @param {string} pointer   logical pointer (`#/paths/~1a/post/...`) as listConstraints reports it
 * @returns {Promise<{ file: string, path: string[], key: string }>}
 *   the file holding the last key, and the path to its parent inside that file
 */
export async function locateInSources(rootFile, pointer) {
  const keys = splitPointer(pointer);
  const cache = new Map();
  const load = async (file) => {
    if (!cache.has(file)) cache.set(file, parse(await readFile(file, 'utf8')));
    return cache.get(file);
  };

  let file = rootFile;
  let path = [];
  let node = await load(file);
  for (const [index, key] of keys.entries()) {
    ({ file, path, node } = await followRefs(file, path, node, load));
    if (index === keys.length - 1) return { file, path, key };
    if (node === null || typeof node !== 'object' || !(key in node)) {
      throw new Error(`${pointer}: no "${key}" at ${path.join('/') || '(root)'} of ${file}`);
    }
    node = node[key];
    path = [...path, key];
  }
  throw new Error(`Empty pointer "${pointer}"`);
}

async function followRefs(file, path, node, load) {
  const seen = new Set();
  while (node && typeof node === 'object' && typeof node.$ref === 'string') {
    const ref = node.$ref;
    const [target, fragment = ''] = ref.split('#');
    const nextFile = target ? resolve(dirname(file), target) : file;
    const id = `${nextFile}#${fragment}`;
    if (seen.has(id)) throw new Error(`Circular $ref ${ref} in ${file}`);
    seen.add(id);
    file = nextFile;
    path = splitPointer(fragment);
    node = path.reduce((parent, key) => parent?.[key], await load(file));
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref} in ${file}`);
  }
  return { file, path, node };
}
