// Enumerates every rule a request to an operation must follow — body schema
// keywords, parameter schemas, required parameters, content type, security —
// so tests can be derived from the spec instead of written per field.
//
// Each constraint knows where it lives in the document as a *logical* JSON
// pointer (`source`): the path of keys from the root with `$ref`s followed
// transparently. The same pointer walked through the split `openapi/` sources
// (following file `$ref`s) reaches the same node, which is what lets the
// mutation tool change exactly that rule in the hand-authored files.
import { listOperations } from './operations.js';
import { resolveRef } from './resolve.js';

/** Keywords that constrain an instance; anything else in a schema is an annotation. */
const ASSERTION_KEYWORDS = [
  'type', 'enum', 'const', 'minLength', 'maxLength', 'pattern', 'format',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'contains', 'minProperties', 'maxProperties',
  'propertyNames', 'dependentRequired', 'dependentSchemas', 'oneOf', 'anyOf', 'not',
  'if', 'patternProperties', 'unevaluatedProperties', 'unevaluatedItems', 'prefixItems',
];

const escapePointer = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');
const pointer = (base, ...keys) => [base, ...keys.map(escapePointer)].join('/');

/**
 * @typedef {object} Constraint
 * @property {string} id          stable, human-readable: `<operationId> <where> <keyword>[=<value>]`
 * @property {string} operationId
 * @property {'body'|'path'|'query'|'header'|'cookie'|'security'|'content-type'} in
 * @property {string} field       dotted field name (`[]` for array items), '' for the whole body
 * @property {(string|number)[]} path  where the rule applies: body path, or [parameterName]
 * @property {string} keyword     JSON Schema keyword, or `required`, `security`, `content-type`
 * @property {*} value            the keyword's value (the required property's name for `required`)
 * @property {object} [schema]    the (resolved) schema the keyword belongs to
 * @property {string} source      logical JSON pointer of the keyword in the document
 */

/** Every constraint of every operation of `doc`. */
export function listConstraints(doc) {
  return listOperations(doc).flatMap((operation) => listOperationConstraints(doc, operation));
}

/** Every constraint of one operation (an entry of `listOperations(doc)`). */
export function listOperationConstraints(doc, operation) {
  const found = [];
  const operationPointer = pointer('#/paths', operation.path, operation.method);
  const add = (constraint) =>
    found.push({
      ...constraint,
      operationId: operation.id,
      id: `${operation.id} ${constraint.in}${constraint.field ? `.${constraint.field}` : ''} ${constraint.keyword}${describeValue(constraint)}`,
    });

  for (const { parameter, source } of locateParameters(doc, operation)) {
    const base = { in: parameter.in, field: parameter.name, path: [parameter.name] };
    if (parameter.required && parameter.in !== 'path') {
      // Like a missing body property, a missing parameter is reported at its parent: the location.
      add({ ...base, path: [], keyword: 'required', value: parameter.name, source: `${source}/required` });
    }
    if (parameter.schema) {
      walkSchema(doc, parameter.schema, { ...base, source: `${source}/schema`, isParameter: true }, add);
    }
  }

  if (operation.requestBody) {
    const bodySource = `${operationPointer}/requestBody`;
    const mediaTypes = Object.keys(operation.requestBody.content ?? {});
    add({ in: 'content-type', field: '', path: [], keyword: 'content-type', value: mediaTypes, source: `${bodySource}/content` });
    if (operation.requestBody.required) {
      add({ in: 'body', field: '', path: [], keyword: 'required', value: 'requestBody', source: `${bodySource}/required` });
    }
    const json = operation.requestBody.content?.['application/json'];
    if (json?.schema) {
      walkSchema(doc, json.schema, { in: 'body', field: '', path: [], source: pointer(`${bodySource}/content`, 'application/json', 'schema') }, add);
    }
  }

  const security = operation.security ?? [];
  const securitySource = operation.operation.security ? `${operationPointer}/security` : '#/security';
  // An empty alternative ({}) makes credentials optional: nothing to enforce.
  if (security.length > 0 && !security.some((alternative) => Object.keys(alternative).length === 0)) {
    security.forEach((alternative, index) => {
      const schemes = Object.keys(alternative);
      add({ in: 'security', field: schemes.join('+'), path: [], keyword: 'security', value: schemes, source: `${securitySource}/${index}` });
    });
  }
  return found;
}

function describeValue({ keyword, value }) {
  if (keyword === 'required' || keyword === 'security' || keyword === 'content-type') return '';
  if (typeof value === 'object' && value !== null) return `=${JSON.stringify(value).slice(0, 60)}`;
  return `=${value}`;
}

/** Path-item and operation parameters with their logical source pointers (operation wins). */
function locateParameters(doc, operation) {
  const itemPointer = pointer('#/paths', operation.path);
  const pathItem = resolveRef(doc, doc.paths[operation.path]);
  const byKey = new Map();
  const collect = (list, base) =>
    (list ?? []).forEach((raw, index) => {
      const parameter = resolveRef(doc, raw);
      byKey.set(`${parameter.in}:${parameter.name}`, { parameter, source: `${base}/parameters/${index}` });
    });
  collect(pathItem.parameters, itemPointer);
  collect(operation.operation.parameters, `${itemPointer}/${operation.method}`);
  return [...byKey.values()];
}

function walkSchema(doc, rawSchema, context, add) {
  const schema = resolveRef(doc, rawSchema);
  if (!schema || typeof schema !== 'object') return;
  const { source, path } = context;
  const at = { in: context.in, field: context.field, path, schema };

  for (const keyword of ASSERTION_KEYWORDS) {
    if (!(keyword in schema)) continue;
    // Every serialised parameter is a string; `type: string` on one is not a rule a request can break.
    if (keyword === 'type' && context.isParameter && schema.type === 'string') continue;
    if (keyword === 'minLength' && schema.minLength === 0) continue;
    if (keyword === 'minItems' && schema.minItems === 0) continue;
    add({ ...at, keyword, value: schema[keyword], source: `${source}/${keyword}` });
  }
  (schema.required ?? []).forEach((name, index) => {
    add({ ...at, field: joinField(context.field, name), keyword: 'required', value: name, source: `${source}/required/${index}` });
  });
  if ('additionalProperties' in schema && schema.additionalProperties !== true) {
    add({ ...at, keyword: 'additionalProperties', value: schema.additionalProperties, source: `${source}/additionalProperties` });
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    walkSchema(doc, property, { ...context, field: joinField(context.field, name), path: [...path, name], source: pointer(`${source}/properties`, name) }, add);
  }
  if (schema.items && typeof schema.items === 'object') {
    walkSchema(doc, schema.items, { ...context, field: `${context.field}[]`, path: [...path, 0], source: `${source}/items` }, add);
  }
  (schema.allOf ?? []).forEach((branch, index) => walkSchema(doc, branch, { ...context, source: `${source}/allOf/${index}` }, add));
}

const joinField = (parent, name) => (parent ? `${parent}.${name}` : name);
