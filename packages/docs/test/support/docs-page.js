// Opens the built docs page in Chromium the way a reader does, and records
// what the page fetched and logged along the way.
import { pathToFileURL } from 'node:url';

/** What the page may load: itself, inline data and local servers. Nothing from the network. */
export function isLocalRequest(url) {
  const { protocol, hostname } = new URL(url);
  if (['file:', 'data:', 'blob:', 'about:'].includes(protocol)) return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} htmlPath absolute path of the built page
 */
export async function openDocsPage(browser, htmlPath) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const remoteRequests = [];
  const consoleErrors = [];
  // Record and refuse anything remote: the test machine may be online, and an
  // online page would still pass a "renders" check while breaking offline.
  await context.route(
    (url) => !isLocalRequest(url.href),
    (route) => {
      remoteRequests.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
  return { context, page, remoteRequests, consoleErrors };
}

/** Redoc renders sections lazily as they scroll into view: scroll through once. */
export async function renderWholePage(page) {
  let previousHeight = -1;
  for (let y = 0; ; y += 600) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (y > height && height === previousHeight) break;
    previousHeight = height;
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
