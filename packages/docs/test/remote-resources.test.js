// The offline check of the build catches every way a page pulls a file from
// another host, and lets plain links through.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { docsHtmlPath } from '../scripts/build.js';
import { inlineRemoteAssets } from '../src/offline-assets.js';
import { findRemoteResources } from '../src/remote-resources.js';

describe('findRemoteResources', () => {
  it.each([
    ['a CDN script', '<script src="https://cdn.example.com/redoc.js"></script>', 'https://cdn.example.com/redoc.js'],
    ['a protocol-relative script', "<script src='//cdn.example.com/redoc.js'></script>", '//cdn.example.com/redoc.js'],
    [
      'a module preload',
      '<link rel="modulepreload" href="https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js" />',
      'https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js',
    ],
    [
      'Google Fonts',
      '<link href="https://fonts.googleapis.com/css?family=Montserrat:300,400,700" rel="stylesheet">',
      'https://fonts.googleapis.com/css?family=Montserrat:300,400,700',
    ],
    ['an ES module import', 'import { hydrate } from "https://cdn.example.com/redoc";', 'https://cdn.example.com/redoc'],
    ['a dynamic import', 'await import("https://cdn.example.com/x")', 'https://cdn.example.com/x'],
    ['a CSS @import', "@import url('https://fonts.googleapis.com/css2?family=Inter');", 'https://fonts.googleapis.com/css2?family=Inter'],
    ['a CSS font url()', '@font-face { src: url(https://fonts.gstatic.com/s/inter.woff2) }', 'https://fonts.gstatic.com/s/inter.woff2'],
    [
      'an image built by a script',
      'jsx("img", { src: `https://cdn.redoc.ly/redoc/logo-mini-full.svg` })',
      'https://cdn.redoc.ly/redoc/logo-mini-full.svg',
    ],
  ])('finds %s', (_what, html, url) => {
    expect(findRemoteResources(html)).toEqual([url]);
  });

  it.each([
    ['a link to a page', '<a href="https://developers.cloudflare.com/email-security/">docs</a>'],
    ['a URL in text', '<p>https://api.cloudflare.com/client/v4</p>'],
    ['an SVG namespace', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'],
    ['an inline data image', '<img src="data:image/svg+xml,%3Csvg%3E">'],
  ])('ignores %s', (_what, html) => {
    expect(findRemoteResources(html)).toEqual([]);
  });
});

describe('inlineRemoteAssets', () => {
  it("replaces Redoc's CDN logo with an inline image", () => {
    const html = inlineRemoteAssets('src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`');
    expect(html).not.toContain('https://');
    expect(html.match(/`data:image\/svg\+xml,<svg [^`]+<\/svg>`/g)).toHaveLength(2);
  });
});

describe('the built page', () => {
  it('loads nothing from the network', async () => {
    expect(findRemoteResources(await readFile(docsHtmlPath, 'utf8'))).toEqual([]);
  });
});
