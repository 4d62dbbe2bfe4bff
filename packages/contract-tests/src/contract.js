// Judges one request/response exchange against the contract and explains a
// failure the way a person needs it: rule, field, value sent, status received.
import { createSchemaValidator } from '@allow-policy/spec-walker';
import { send } from './http.js';

/**
 * @param {object} doc      the bundled OpenAPI document under test
 * @param {{ baseUrl: string, upstreamUrl?: string|null }} target
 *   `baseUrl` is Prism (mock, or proxy in front of `upstreamUrl`). In provider
 *   mode a request that must be rejected goes straight to the upstream: Prism
 *   would answer it itself and prove nothing about the implementation.
 */
export function createContract(doc, target) {
  const { validate } = createSchemaValidator(doc);

  /** Problems with a response against the schema declared for its status. */
  function conformanceProblems(operation, response) {
    const status = String(response.status);
    const declared = operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
    if (!declared) return [`status ${status} is not declared by ${operation.id} (declared: ${Object.keys(operation.responses).join(', ')})`];
    const media = declared.content?.['application/json'];
    if (!media?.schema) return [];
    if (response.body === undefined) return [`the ${status} body is not JSON: ${shorten(response.text)}`];
    return validate(media.schema, response.body).map(
      (error) => `the ${status} body breaks its schema at ${error.instancePath || '/'}: ${error.message} (${error.keyword})`,
    );
  }

  /**
   * Sends `request` and checks it against `expected`:
   * `{ status, violation?: { location: string[], code: string|number, message?: string } }`.
   * `conformance: false` only for a response Prism makes up itself (invalid JSON).
   */
  async function exchange({ rule, field, sent, operation, request, expected, conformance = true }) {
    const rejecting = Boolean(expected.violation) || Number(expected.status) >= 400;
    const direct = rejecting && target.upstreamUrl;
    const viaPrism = !direct;
    const response = await send(direct ? target.upstreamUrl : target.baseUrl, request);

    const problems = [];
    if (String(response.status) !== String(expected.status)) problems.push(`expected status ${expected.status}, received ${response.status}`);
    if (expected.violation && viaPrism) {
      const { location, code, message } = expected.violation;
      const found = response.violations.some(
        (v) => samePath(v.location, location) && String(v.code) === String(code) && (!message || v.message?.includes(message)),
      );
      if (!found) problems.push(`expected an sl-violations entry at ${location.join('.')} with code ${code}${message ? ` mentioning ${message}` : ''}`);
    }
    if (conformance) problems.push(...conformanceProblems(operation, response));
    // Prism (mock --errors, or proxy) names what the response itself broke.
    if (viaPrism && response.status >= 500) {
      problems.push(...response.violations.map((v) => `Prism: ${v.location.join('.')} ${v.code}: ${v.message}`));
    }

    const message = [
      `[${rule}] ${field || 'request'}: sent ${sent === undefined ? '(see request)' : shorten(sent)} → received ${response.status}${direct ? ' from the upstream directly' : ''}`,
      `expected ${expected.status}${expected.violation && viaPrism ? ` with sl-violations ${expected.violation.location.join('.')} ${expected.violation.code}` : ''}`,
      ...problems.map((p) => `  - ${p}`),
      `  received sl-violations: ${shorten(response.violations, 400)}`,
      `  received body: ${shorten(response.body ?? response.text, 400)}`,
    ].join('\n');
    return { response, problems, message, viaPrism };
  }

  return { exchange, conformanceProblems };
}

/** The status Prism (and a provider) must answer a violation with. */
export function rejectionStatus(operation, violation) {
  if (violation.in === 'security') return '401';
  if (violation.in === 'content-type') return '415';
  // Prism answers 422 unless the operation declares only 400.
  return operation.responses['400'] && !operation.responses['422'] ? '400' : '422';
}

/** The lowest declared 2xx status: what an accepted request must get. */
export function successStatus(operation) {
  return Object.keys(operation.responses).filter((s) => /^2\d\d$/.test(s)).sort()[0];
}

/** The `sl-violations` entry Prism reports for a violation of the walker. */
export function prismViolation(violation) {
  if (violation.in === 'security') return { location: ['request'], code: 401 };
  if (violation.in === 'content-type') return { location: ['request'], code: 415 };
  if (violation.in === 'request') return { location: ['request'], code: violation.keyword }; // no body at all
  // Header names are case-insensitive; Prism reports them lower-cased.
  const path = violation.path.map((part) => (violation.in === 'header' ? String(part).toLowerCase() : String(part)));
  return { location: ['request', violation.in, ...path], code: violation.keyword };
}

const samePath = (a = [], b = []) => a.length === b.length && a.every((part, i) => String(part) === String(b[i]));

/** A value as a failure message shows it: long strings by their start and length. */
export function shorten(value, max = 80) {
  if (typeof value === 'string' && [...value].length > 40) {
    const points = [...value];
    return `${JSON.stringify(points.slice(0, 12).join(''))}… (${points.length} code points)`;
  }
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, (k, v) => (typeof v === 'string' && v.length > 40 ? `${[...v].slice(0, 12).join('')}… (${[...v].length} code points)` : v));
  if (text === undefined) return String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
