import { readFile, writeFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { locateInSources } from './source-pointer.js';

/** Applies one mutant to the split spec whose root file is `rootFile` (a throwaway copy). */
export async function applyMutant(rootFile, mutant) {
  const { file, path, key } = await locateInSources(rootFile, mutant.source);
  const document = parse(await readFile(file, 'utf8'));
  const parent = path.reduce((node, part) => node[part], document);
  const { change } = mutant;
  const fail = (why) => {
    throw new Error(`Mutant "${mutant.id}": ${why} (${file} ${[...path, key].join('/')})`);
  };
  if (!(key in parent)) fail(`no "${key}" to change`);

  if ('set' in change) parent[key] = change.set;
  else if ('remove' in change) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if ('removeItem' in change) {
    const list = [parent[key]].flat();
    if (!list.includes(change.removeItem)) fail(`${JSON.stringify(change.removeItem)} is not in the list`);
    parent[key] = list.filter((item) => item !== change.removeItem);
  } else if ('append' in change) {
    parent[key] = [...parent[key], change.append];
  } else if ('renameTo' in change) {
    // Keep the key order: rebuild the map with the renamed key in place.
    const entries = Object.entries(parent).map(([k, v]) => [k === key ? change.renameTo : k, v]);
    for (const k of Object.keys(parent)) delete parent[k];
    Object.assign(parent, Object.fromEntries(entries));
  } else fail(`unknown change ${JSON.stringify(change)}`);

  await writeFile(file, stringify(document, { lineWidth: 0 }));
  return { file };
}
