// Create an email allow policy that trusts one sender.
// Needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN
// (a token with "Cloud Email Security: Write").
import { ApiError, createAllowPolicyClient } from '@allow-policy/client';

const accountId = process.env.CLOUDFLARE_ACCOUNT_ID!;
const client = createAllowPolicyClient({
  auth: { apiToken: process.env.CLOUDFLARE_API_TOKEN! },
  // Unset: the real API, https://api.cloudflare.com/client/v4
  baseUrl: process.env.CLOUDFLARE_API_BASE_URL,
});

try {
  const policy = await client.allowPolicies.create(accountId, {
    is_acceptable_sender: false,
    is_exempt_recipient: false,
    is_regex: false,
    is_trusted_sender: true,
    pattern: 'test@example.com',
    pattern_type: 'EMAIL',
    verify_sender: true,
    comments: 'Trust all messages sent from test@example.com',
  });
  console.log(`Created allow policy ${policy.id}`);
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  // The status and the service's codes, e.g. "403: 10000 Authentication error".
  console.error(`Not created: ${error.message}`);
  process.exitCode = 1;
}
