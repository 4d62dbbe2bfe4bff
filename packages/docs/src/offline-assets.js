// Redoc's footer ("API docs by <Redocly logo>") loads the logo from Redocly's
// CDN even with --inlineBundle. Offline that is a failed request and a console
// error, so the build swaps the URLs for an inline SVG of the same wordmark.
// Attribution stays; the network does not.

const REDOCLY_WORDMARK_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' width='52' height='14' viewBox='0 0 52 14'>" +
  "<text x='0' y='11' font-family='system-ui,sans-serif' font-size='11' font-weight='600' fill='%23c72f1f'>Redocly</text></svg>";

const INLINE_REPLACEMENTS = new Map([
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', `data:image/svg+xml,${REDOCLY_WORDMARK_SVG}`],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', `data:image/svg+xml,${REDOCLY_WORDMARK_SVG}`],
]);

/** `html` with every known remote asset replaced by an inline copy. */
export function inlineRemoteAssets(html) {
  let result = html;
  for (const [remote, inline] of INLINE_REPLACEMENTS) result = result.replaceAll(remote, inline);
  return result;
}
