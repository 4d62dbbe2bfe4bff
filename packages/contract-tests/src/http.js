/**
 * Sends an abstract request (see @allow-policy/spec-walker's DerivedCase) and
 * returns what came back, with Prism's `sl-violations` header parsed.
 */
export async function send(baseUrl, request) {
  const path = request.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(request.pathParams?.[name] ?? ''));
  const url = new URL(`${baseUrl}${path}`);
  for (const [name, value] of Object.entries({ ...request.query, ...request.auth?.query })) url.searchParams.set(name, value);
  const headers = { ...request.headers, ...request.auth?.headers };
  const cookies = { ...request.cookies, ...request.auth?.cookies };
  if (Object.keys(cookies).length > 0) headers.cookie = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (body !== undefined && request.contentType) headers['content-type'] = request.contentType;

  const response = await fetch(url, { method: request.method, headers, body });
  const text = await response.text();
  const json = parseJson(text);
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    text,
    body: json,
    violations: parseJson(response.headers.get('sl-violations') ?? '') ?? prismOwnViolations(json),
  };
}

function parseJson(text) {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// When the operation declares no response for the failure, Prism answers with
// its own problem document and lists the violations in its body instead of
// the header, without the leading "request".
function prismOwnViolations(body) {
  if (!Array.isArray(body?.validation)) return [];
  return body.validation.map((v) => ({ ...v, location: v.location?.[0] === 'request' || v.location?.[0] === 'response' ? v.location : ['request', ...(v.location ?? [])] }));
}
