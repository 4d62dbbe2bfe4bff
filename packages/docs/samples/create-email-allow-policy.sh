# Create an email allow policy that trusts one sender.
# Needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN
# (a token with "Cloud Email Security: Write").
API="${CLOUDFLARE_API_BASE_URL:-https://api.cloudflare.com/client/v4}"

curl --fail-with-body --silent --show-error \
  "$API/accounts/$CLOUDFLARE_ACCOUNT_ID/email-security/settings/allow_policies" \
  -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \
  -d '{
        "is_acceptable_sender": false,
        "is_exempt_recipient": false,
        "is_regex": false,
        "is_trusted_sender": true,
        "pattern": "test@example.com",
        "pattern_type": "EMAIL",
        "verify_sender": true,
        "comments": "Trust all messages sent from test@example.com"
      }'
