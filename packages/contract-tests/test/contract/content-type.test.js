// Pinned body-format rules: JSON only (415 otherwise), and a body that is not
// JSON at all is a 400.
import { describe, it } from 'vitest';
import { CREATE_PATH, createRequest } from './seed-request.js';
import { expectContract, operationAt, providerMode } from './support.js';

const create = operationAt('POST', CREATE_PATH);

describe('content type and JSON (pinned)', () => {
  it.concurrent('text/plain → 415', async () => {
    await expectContract({
      rule: 'JSON only',
      field: 'Content-Type',
      sent: 'text/plain',
      operation: create,
      request: createRequest({ contentType: 'text/plain', rawBody: 'pattern=test@example.com' }),
      expected: { status: 415, violation: { location: ['request'], code: 415 } },
    });
  });

  it.concurrent('application/json; charset=utf-8 → 201', async () => {
    await expectContract({
      rule: 'JSON with a charset is JSON',
      field: 'Content-Type',
      sent: 'application/json; charset=utf-8',
      operation: create,
      request: createRequest({ contentType: 'application/json; charset=utf-8' }),
      expected: { status: 201 },
    });
  });

  // Prism answers invalid JSON itself, with its own body
  // ({"error":{"code":"invalid_json",…}}) and no sl-violations: the mock can
  // only be held to the status here. A provider's own 400 must follow the
  // error envelope, so in provider mode the body is checked too.
  it.concurrent('invalid JSON → 400', async () => {
    await expectContract({
      rule: 'the body must be JSON',
      field: 'body',
      sent: '{"pattern": ',
      operation: create,
      request: createRequest({ rawBody: '{"pattern": ' }),
      expected: { status: 400 },
      conformance: providerMode,
    });
  });
});
