// The mutants of a spec, derived from the constraints the walker finds (every
// length bound, required field, enum, additionalProperties, nullable type,
// security alternative) plus the success status. Each names the one edit a
// person could make to openapi/ that the contract tests must notice.
import { listConstraints, listOperations } from '@allow-policy/spec-walker';

const BOUNDS = {
  maxLength: 'upper', maxItems: 'upper', maximum: 'upper', exclusiveMaximum: 'upper',
  minLength: 'lower', minItems: 'lower', minimum: 'lower', exclusiveMinimum: 'lower',
};

/**
 * @typedef {{ id: string, source: string,
 *   change: { set: * } | { remove: true } | { removeItem: * } | { append: * } | { renameTo: string } }} Mutant
 * `source` is the logical pointer of the node to change (see locateInSources).
 */

/** @returns {Mutant[]} */
export function deriveMutants(doc) {
  const mutants = [];
  const add = (id, source, change) => mutants.push({ id, source, change });

  for (const constraint of listConstraints(doc)) {
    const { keyword, value, source } = constraint;
    const where = `${constraint.in}${constraint.field ? `.${constraint.field}` : ''}`;
    if (BOUNDS[keyword] && typeof value === 'number') {
      const looser = BOUNDS[keyword] === 'upper' ? value + 1 : value - 1;
      const tighter = BOUNDS[keyword] === 'upper' ? value - 1 : value + 1;
      if (!(keyword.startsWith('min') && looser < 0)) add(`loosen ${where} ${keyword} ${value} → ${looser}`, source, { set: looser });
      add(`tighten ${where} ${keyword} ${value} → ${tighter}`, source, { set: tighter });
    } else if (keyword === 'required' && constraint.in === 'body' && constraint.value === 'requestBody') {
      add(`make the request body optional`, source, { set: false });
    } else if (keyword === 'required' && constraint.in === 'body') {
      add(`drop required field ${where}`, source, { remove: true });
    } else if (keyword === 'required') {
      add(`make ${where} optional`, source, { set: false });
    } else if (keyword === 'enum') {
      for (const item of value) add(`drop ${JSON.stringify(item)} from the ${where} enum`, source, { removeItem: item });
      if (value.every((item) => typeof item === 'string') && !value.includes('UNKNOWN')) {
        add(`add "UNKNOWN" to the ${where} enum`, source, { append: 'UNKNOWN' });
      }
    } else if (keyword === 'additionalProperties' && value === false) {
      add(`remove additionalProperties: false from ${where}`, source, { remove: true });
    } else if (keyword === 'type' && Array.isArray(value)) {
      for (const type of value) add(`drop "${type}" from the ${where} type list`, source, { removeItem: type });
    } else if (keyword === 'security') {
      add(`drop the security alternative ${value.join(' + ')}`, source, { remove: true });
      if (value.length > 1) {
        for (const scheme of value) add(`drop ${scheme} from the security alternative ${value.join(' + ')}`, `${source}/${scheme}`, { remove: true });
      }
    }
  }

  for (const operation of listOperations(doc)) {
    const successes = Object.keys(operation.responses).filter((status) => /^2\d\d$/.test(status));
    for (const status of successes) {
      const other = ['200', '201', '202', '204'].find((s) => s !== status && !successes.includes(s));
      const source = `#/paths/${operation.path.replaceAll('~', '~0').replaceAll('/', '~1')}/${operation.method}/responses/${status}`;
      add(`${operation.id}: answer ${other} instead of ${status}`, source, { renameTo: other });
    }
  }
  return mutants;
}
