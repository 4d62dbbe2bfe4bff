// The published page must work offline (an intranet, a laptop on a plane):
// everything it loads is inlined. Redocly's build-docs loads Redoc from its
// CDN unless told --inlineBundle; this check makes the build fail if the
// output ever references a remote script, stylesheet, font, image or module
// again. The browser test proves the same at runtime.

const URL_PATTERN = String.raw`(?<url>(?:https?:)?\/\/[^"'\`\s)>;]+)`;

const REMOTE_LOADS = [
  // <script src="https://…">, <link href="https://…"> (stylesheets, preloads, fonts)
  String.raw`<script\b[^>]*\bsrc\s*=\s*["']?${URL_PATTERN}`,
  String.raw`<link\b[^>]*\bhref\s*=\s*["']?${URL_PATTERN}`,
  // import … from "https://…" and import("https://…") in inline modules
  String.raw`\bimport\s*(?:[\w{}*\s,]+\s+from\s*)?\(?\s*["']${URL_PATTERN}`,
  // CSS @import and url(https://…) (fonts, images)
  String.raw`@import\s+(?:url\()?\s*["']?${URL_PATTERN}`,
  String.raw`\burl\(\s*["']?${URL_PATTERN}`,
  // a quoted absolute URL of a file inside the inlined scripts (an <img src>
  // built by React): links to pages are fine, files a page loads are not
  String.raw`["'\`](?<url>(?:https?:)?\/\/[^"'\`\s]+\.(?:svg|png|jpe?g|gif|webp|ico|woff2?|ttf|otf|eot|css|m?js))["'\`]`,
].map((source) => new RegExp(source, 'gi'));

/** Every remote URL that `html` would fetch, once each. */
export function findRemoteResources(html) {
  const urls = REMOTE_LOADS.flatMap((pattern) => [...html.matchAll(pattern)].map((match) => match.groups.url));
  return [...new Set(urls)];
}
