/** An API token (preferred), or the legacy email + Global API key pair. */
export type Auth =
  | { apiToken: string; apiEmail?: undefined; apiKey?: undefined }
  | { apiEmail: string; apiKey: string; apiToken?: undefined };

// Visible ASCII only: a space or newline would make fetch reject the header
// with the value in its message, so it is refused here, without the value.
const isCredential = (value: string | undefined) => /^[\x21-\x7e]+$/.test(value ?? ' ');

/** The auth headers; a clear error for missing, half-given, mixed or malformed credentials. */
export function authHeaders(auth: Auth | undefined): Record<string, string> {
  const { apiToken, apiEmail, apiKey } = (auth ?? {}) as Partial<Record<'apiToken' | 'apiEmail' | 'apiKey', string>>;
  if (apiEmail === undefined && apiKey === undefined && isCredential(apiToken)) {
    return { Authorization: `Bearer ${apiToken}` };
  }
  if (apiToken === undefined && isCredential(apiEmail) && isCredential(apiKey)) {
    return { 'X-Auth-Email': apiEmail!, 'X-Auth-Key': apiKey! };
  }
  throw new TypeError('createAllowPolicyClient: auth must be { apiToken } or { apiEmail, apiKey }, not both, without spaces');
}
