// Schemathesis' boundary matrix, derived from the constraints of the spec:
// for every constraint at least one request that must be accepted and one
// that must be rejected, each naming the rule, the field and the value sent.
import { listOperationConstraints } from './constraints.js';
import { listOperations } from './operations.js';
import { FORMAT_SAMPLES, flattenSchema, primaryType, sampleValue } from './samples.js';
import { createSchemaValidator } from './validator.js';

const UNKNOWN_PROPERTY = 'contract_test_unknown_property';

/**
 * @typedef {object} AbstractRequest
 * @property {string} method
 * @property {string} path            template, e.g. /things/{id}
 * @property {Record<string,string>} pathParams
 * @property {Record<string,string>} query
 * @property {Record<string,string>} headers    non-credential headers
 * @property {{ headers: Record<string,string>, query: Record<string,string>, cookies: Record<string,string> }} auth
 * @property {string} [contentType]   omitted when there is no body
 * @property {*} [body]               JSON value; absent means no body
 * @property {string} [rawBody]       sent verbatim instead of JSON
 *
 * @typedef {object} DerivedCase
 * @property {string} constraint       the constraint's id
 * @property {'accept'|'reject'} verdict
 * @property {string} name             e.g. `pattern at maxLength 1024`
 * @property {AbstractRequest} request
 * @property {{ in: string, path: (string|number)[], keyword: string }} [violation]  for rejections
 */

/**
 * Every constraint of every operation and its derived cases.
 * `unsupported` lists constraints no case could be derived for, with why —
 * they count against coverage instead of being silently skipped.
 */
export function deriveContractCases(doc) {
  const constraints = [];
  const cases = [];
  const unsupported = [];
  for (const operation of listOperations(doc)) {
    const base = createBaseRequest(doc, operation);
    for (const constraint of listOperationConstraints(doc, operation)) {
      constraints.push(constraint);
      const derived = deriveCases(doc, operation, constraint, base);
      const complete = derived.cases.some((c) => c.verdict === 'accept') && derived.cases.some((c) => c.verdict === 'reject');
      if (complete) cases.push(...derived.cases);
      else unsupported.push({ constraint: constraint.id, reason: derived.reason ?? 'no accept and reject case' });
    }
  }
  return { constraints, cases, unsupported };
}

/** A request that satisfies every rule of the operation (validated, or an error says why not). */
export function createBaseRequest(doc, operation) {
  const request = {
    operationId: operation.id,
    method: operation.method.toUpperCase(),
    path: operation.path,
    pathParams: {},
    query: {},
    headers: {},
    auth: credentialsFor(doc, operation.security?.[0] ?? {}),
  };
  for (const parameter of operation.parameters) {
    const value = parameter.example ?? sampleValue(doc, parameter.schema ?? { type: 'string' });
    bucketOf(request, parameter.in)[parameter.name] = String(value);
  }
  const json = operation.requestBody?.content?.['application/json'];
  if (json) {
    request.contentType = 'application/json';
    request.body = sampleValue(doc, json.schema ?? {});
    const errors = createSchemaValidator(doc).validate(json.schema ?? {}, request.body);
    if (errors.length > 0) {
      throw new Error(
        `Cannot derive a valid request body for ${operation.id}: the sample ${JSON.stringify(request.body).slice(0, 200)} breaks ${JSON.stringify(errors.map((e) => `${e.instancePath} ${e.message}`))}. Give the schema an example.`,
      );
    }
  }
  return request;
}

/** The accept and reject cases of one constraint, or a reason there are none. */
export function deriveCases(doc, operation, constraint, base) {
  const { keyword } = constraint;
  if (constraint.in === 'security') return securityCases(doc, operation, constraint, base);
  if (constraint.in === 'content-type') return contentTypeCases(constraint, base);
  if (constraint.in === 'body' && keyword === 'required' && constraint.value === 'requestBody') {
    return result([
      accept(constraint, 'a body', base),
      reject(constraint, 'no body at all', { ...omit(base, 'body'), contentType: undefined }, { in: 'request', path: [], keyword: 'required' }),
    ]);
  }
  const schema = constraint.schema ? flattenSchema(doc, constraint.schema) : undefined;
  const valueCases = VALUE_RULES[keyword];
  if (!valueCases) return { cases: [], reason: `no case derivation for "${keyword}" yet` };
  const outcome = valueCases(doc, schema, constraint);
  if (outcome.reason) return { cases: [], reason: outcome.reason };
  const at = (value) => withValue(base, constraint, value);
  const violation = { in: constraint.in, path: constraint.path, keyword };
  return result([
    ...outcome.accept.map(([label, value]) => accept(constraint, `${constraint.field || 'body'} ${label}`, at(value), value)),
    ...outcome.reject.map(([label, value]) => reject(constraint, `${constraint.field || 'body'} ${label}`, at(value), violation, value)),
  ]);
}

// ---- value rules: [label, value] pairs to accept and to reject --------------

const lengthBlockers = (schema) => ['enum', 'const', 'format', 'pattern'].find((k) => k in schema);
const codePoints = (n) => 'a'.repeat(n);

const VALUE_RULES = {
  maxLength(doc, schema, { value: n }) {
    const blocker = lengthBlockers(schema);
    if (blocker) return { reason: `length boundary strings would also break "${blocker}"` };
    return { accept: [[`at maxLength ${n}`, codePoints(n)]], reject: [[`one past maxLength (${n + 1})`, codePoints(n + 1)]] };
  },
  minLength(doc, schema, { value: n }) {
    const blocker = lengthBlockers(schema);
    if (blocker) return { reason: `length boundary strings would also break "${blocker}"` };
    return { accept: [[`at minLength ${n}`, codePoints(n)]], reject: [[`one below minLength (${n - 1})`, codePoints(n - 1)]] };
  },
  enum(doc, schema, { value: values }) {
    const outside = outsideOf(values);
    return { accept: values.map((v) => [`enum value ${JSON.stringify(v)}`, v]), reject: [[`outside the enum (${JSON.stringify(outside)})`, outside]] };
  },
  const(doc, schema, { value }) {
    const other = value === true ? false : value === false ? true : typeof value === 'number' ? value + 1 : value === null ? 0 : `${JSON.stringify(value)}_other`;
    return { accept: [[`const ${JSON.stringify(value)}`, value]], reject: [[`not the const (${JSON.stringify(other)})`, other]] };
  },
  type(doc, schema, constraint) {
    const types = [constraint.value].flat();
    // A parameter travels as text: the wrong type is text that does not parse as the type.
    const wrong = constraint.in === 'body' ? wrongTypeValue(types) : types.includes('string') ? undefined : `not-a-${types[0]}`;
    if (wrong === undefined) return { reason: 'every JSON type is allowed' };
    return { accept: [[`of type ${[constraint.value].flat().join('|')}`, sampleValue(doc, schema)]], reject: [[`of the wrong type (${JSON.stringify(wrong)})`, wrong]] };
  },
  required(doc, schema, { value: name }) {
    return { accept: [['present (required)', PRESENT]], reject: [['missing (required)', ABSENT(name)]] };
  },
  additionalProperties(doc, schema, { value }) {
    if (value !== false) return { reason: 'additionalProperties with a schema' };
    return {
      accept: [['with every declared property', KEEP]],
      reject: [[`with an unknown property "${UNKNOWN_PROPERTY}"`, EXTRA(UNKNOWN_PROPERTY)]],
    };
  },
  format(doc, schema, { value: format }) {
    if (!FORMAT_SAMPLES[format]) return { reason: `no sample for format "${format}"` };
    return { accept: [[`a valid ${format}`, FORMAT_SAMPLES[format]]], reject: [[`not a ${format}`, `not-a-${format}`]] };
  },
  pattern(doc, schema, { value: source }) {
    const regex = new RegExp(source, 'u');
    const good = sampleValue(doc, schema);
    const bad = ['', '!', ' ', '~~ not matching ~~'].find((candidate) => !regex.test(candidate));
    if (typeof good !== 'string' || !regex.test(good)) return { reason: 'no example that matches the pattern' };
    if (bad === undefined) return { reason: 'no string found that breaks the pattern' };
    return { accept: [[`matching ${source}`, good]], reject: [[`not matching ${source} (${JSON.stringify(bad)})`, bad]] };
  },
  minimum: (doc, schema, { value: n }) => ({ accept: [[`at minimum ${n}`, n]], reject: [[`below minimum (${n - 1})`, n - 1]] }),
  maximum: (doc, schema, { value: n }) => ({ accept: [[`at maximum ${n}`, n]], reject: [[`above maximum (${n + 1})`, n + 1]] }),
  exclusiveMinimum: (doc, schema, { value: n }) => ({ accept: [[`just above ${n}`, n + 1]], reject: [[`at exclusiveMinimum ${n}`, n]] }),
  exclusiveMaximum: (doc, schema, { value: n }) => ({ accept: [[`just below ${n}`, n - 1]], reject: [[`at exclusiveMaximum ${n}`, n]] }),
  minItems(doc, schema, { value: n }) {
    const item = sampleValue(doc, schema.items ?? {});
    return { accept: [[`with ${n} items (minItems)`, items(schema, item, n)]], reject: [[`with ${n - 1} items`, items(schema, item, n - 1)]] };
  },
  maxItems(doc, schema, { value: n }) {
    const item = sampleValue(doc, schema.items ?? {});
    return { accept: [[`with ${n} items (maxItems)`, items(schema, item, n)]], reject: [[`with ${n + 1} items`, items(schema, item, n + 1)]] };
  },
  uniqueItems(doc, schema, { value }) {
    if (value !== true) return { reason: 'uniqueItems: false is no rule' };
    if ((schema.maxItems ?? 2) < 2) return { reason: 'maxItems < 2 leaves no room for duplicates' };
    const item = sampleValue(doc, schema.items ?? {});
    return { accept: [['with distinct items', [item]]], reject: [['with a duplicated item', [item, item]]] };
  },
};

function items(schema, item, count) {
  return Array.from({ length: Math.max(count, 0) }, (_, i) =>
    schema.uniqueItems && i > 0 ? (typeof item === 'number' ? item + i : `${item}${i}`) : item,
  );
}

/** A value of a JSON type `types` does not allow (undefined if all are allowed). */
function wrongTypeValue(types) {
  const allows = (type) => types.includes(type) || (type === 'integer' && types.includes('number'));
  const candidates = [
    ['integer', 12345],
    ['string', 'not-a-boolean'],
    ['boolean', true],
    ['object', { unexpected: 'object' }],
    ['array', ['unexpected array']],
  ];
  return candidates.find(([type]) => !allows(type))?.[1];
}

function outsideOf(values) {
  const first = values[0];
  if (typeof first === 'string') {
    return [first.toLowerCase(), first.toUpperCase(), `${first}_NOT_IN_ENUM`].find((v) => !values.includes(v));
  }
  if (typeof first === 'number') return Math.max(...values.filter((v) => typeof v === 'number')) + 1;
  return 'not-in-enum';
}

// ---- placing a value into the base request ----------------------------------

const PRESENT = Symbol('keep the required property');
const KEEP = Symbol('the base as it is');
const ABSENT = (name) => ({ [ABSENT_KEY]: name });
const EXTRA = (name) => ({ [EXTRA_KEY]: name });
const ABSENT_KEY = Symbol('remove property');
const EXTRA_KEY = Symbol('add property');

function withValue(base, constraint, value) {
  const request = structuredClone(base);
  if (value === PRESENT || value === KEEP) return request;
  if (constraint.in !== 'body') {
    const bucket = bucketOf(request, constraint.in);
    if (value?.[ABSENT_KEY]) delete bucket[value[ABSENT_KEY]];
    else bucket[constraint.path[0]] = String(value);
    return request;
  }
  if (value?.[ABSENT_KEY] || value?.[EXTRA_KEY]) {
    const parent = constraint.path.reduce((node, key) => node[key], request.body);
    if (value[ABSENT_KEY]) delete parent[value[ABSENT_KEY]];
    else parent[value[EXTRA_KEY]] = 'unexpected';
    return request;
  }
  if (constraint.path.length === 0) return { ...request, body: value };
  const parent = constraint.path.slice(0, -1).reduce((node, key) => node[key], request.body);
  parent[constraint.path.at(-1)] = value;
  return request;
}

function bucketOf(request, location) {
  if (location === 'path') return request.pathParams;
  if (location === 'query') return request.query;
  if (location === 'header') return request.headers;
  if (location === 'cookie') return (request.cookies ??= {});
  throw new Error(`Unknown parameter location "${location}"`);
}

// ---- security ----------------------------------------------------------------

const DUMMY = { token: 'contract-test-token', key: 'contract-test-key' };

/** Credentials that satisfy each scheme of one security alternative. */
export function credentialsFor(doc, alternative, { wrongForm = false } = {}) {
  const auth = { headers: {}, query: {}, cookies: {} };
  for (const name of Object.keys(alternative)) {
    const scheme = doc.components?.securitySchemes?.[name];
    if (!scheme) throw new Error(`Security scheme "${name}" is not defined in components.securitySchemes`);
    if (scheme.type === 'apiKey') {
      // Wrong form: the key in another place than the scheme says.
      const place = wrongForm ? (scheme.in === 'header' ? 'query' : 'headers') : scheme.in === 'header' ? 'headers' : scheme.in === 'query' ? 'query' : 'cookies';
      auth[place][scheme.name] = DUMMY.key;
    } else if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') {
      auth.headers.Authorization = wrongForm ? `Bearer ${DUMMY.token}` : `Basic ${Buffer.from('contract:test').toString('base64')}`;
    } else {
      // bearer, oauth2 and openIdConnect all travel as a bearer token.
      auth.headers.Authorization = wrongForm ? `Basic ${Buffer.from('contract:test').toString('base64')}` : `Bearer ${DUMMY.token}`;
    }
  }
  return auth;
}

function securityCases(doc, operation, constraint, base) {
  const schemes = constraint.value;
  const alternatives = operation.security.map((alternative) => Object.keys(alternative));
  // Credentials that satisfy no alternative; a variant that would satisfy one is no rejection.
  const satisfiesSome = (given) => alternatives.some((alternative) => alternative.every((s) => given.includes(s)));
  const onlyThese = (given) => ({ ...base, auth: credentialsFor(doc, Object.fromEntries(given.map((s) => [s, []]))) });
  const violation = { in: 'security', path: [], keyword: 'security' };
  const cases = [accept(constraint, `credentials for ${schemes.join(' + ')} only`, onlyThese(schemes), schemes.join(' + '))];

  if (operation.security[0] && Object.keys(operation.security[0]).join('+') === schemes.join('+')) {
    cases.push(reject(constraint, 'no credentials at all', { ...base, auth: credentialsFor(doc, {}) }, violation, 'none'));
  }
  if (schemes.length > 1) {
    for (const missing of schemes) {
      const given = schemes.filter((s) => s !== missing);
      if (!satisfiesSome(given)) cases.push(reject(constraint, `${given.join(' + ')} without ${missing}`, onlyThese(given), violation, given.join(' + ')));
    }
  } else if (!alternatives.some((alternative) => alternative.length === 1 && alternative[0] !== schemes[0] && sameTransport(doc, alternative[0], schemes[0]))) {
    const wrong = { ...base, auth: credentialsFor(doc, { [schemes[0]]: [] }, { wrongForm: true }) };
    cases.push(reject(constraint, `${schemes[0]} in the wrong form (${describeAuth(wrong.auth)})`, wrong, violation, describeAuth(wrong.auth)));
  }
  return result(cases);
}

// Two http schemes share the Authorization header: a wrong-form bearer would be a valid basic.
function sameTransport(doc, a, b) {
  const [x, y] = [a, b].map((name) => doc.components?.securitySchemes?.[name]);
  return x?.type === 'http' && y?.type === 'http';
}

const describeAuth = (auth) =>
  [...Object.entries(auth.headers).map(([k, v]) => `${k}: ${v.split(' ')[0]} …`), ...Object.keys(auth.query).map((k) => `?${k}=…`)].join(', ');

function contentTypeCases(constraint, base) {
  const types = constraint.value;
  if (types.includes('text/plain') || types.some((t) => t.includes('*'))) return { cases: [], reason: 'text/plain is accepted' };
  if (!types.includes('application/json')) return { cases: [], reason: 'only JSON request bodies are derived' };
  return result([
    accept(constraint, 'Content-Type application/json', base, 'application/json'),
    reject(constraint, 'Content-Type text/plain', { ...base, contentType: 'text/plain', body: undefined, rawBody: 'plain text' }, { in: 'content-type', path: [], keyword: 'content-type' }, 'text/plain'),
  ]);
}

// ---- case records -------------------------------------------------------------------

const result = (cases) => ({ cases });
const omit = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
const shown = (value) => (typeof value === 'symbol' || (value && typeof value === 'object' && (value[ABSENT_KEY] || value[EXTRA_KEY])) ? undefined : value);

function accept(constraint, name, request, value) {
  return { constraint: constraint.id, verdict: 'accept', name, request, sent: shown(value) };
}

function reject(constraint, name, request, violation, value) {
  return { constraint: constraint.id, verdict: 'reject', name, request, violation, sent: shown(value) };
}

export { UNKNOWN_PROPERTY };
