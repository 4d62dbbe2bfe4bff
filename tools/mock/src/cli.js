#!/usr/bin/env node
// `npm run mock`: the Prism mock of the bundled spec, for a person. Prints
// the URL and a curl command that answers 201; Ctrl-C stops it.
import { startPrism } from './index.js';

const port = Number(process.env.PORT ?? 4010);
const upstream = process.env.CONTRACT_UPSTREAM_URL;
const prism = await startPrism({ port, upstream }).catch((error) => {
  console.error(error.message);
  process.exit(1);
});

console.log(`Prism ${upstream ? `proxy to ${upstream}` : 'mock'} listening on ${prism.url}

Try it:

curl -i ${prism.url}/accounts/023e105f4ecef8ad9ca31a8372d0c353/email-security/settings/allow_policies \\
  -H 'Content-Type: application/json' \\
  -H 'Authorization: Bearer Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY' \\
  -d '{"is_acceptable_sender":false,"is_exempt_recipient":false,"is_regex":false,"is_trusted_sender":true,"pattern":"test@example.com","pattern_type":"EMAIL","verify_sender":true}'

Violations come back in the sl-violations response header. Press Ctrl-C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await prism.stop();
    process.exit(0);
  });
}
