// A pass-through HTTP proxy that records every exchange, put between a
// sample and the Prism mock: the samples print what a reader wants to see,
// and the test still learns the exact status the mock answered.
import { createServer } from 'node:http';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'content-encoding']);

const withoutHopByHop = (headers) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));

/**
 * @param {string} upstream e.g. Prism's `http://127.0.0.1:4010`
 * @returns {Promise<{ url: string, exchanges: Array<{ method: string, path: string, status: number, requestBody: string, responseBody: string }>, close: () => Promise<void> }>}
 */
export async function startRecordingProxy(upstream) {
  const exchanges = [];
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const requestBody = Buffer.concat(chunks).toString('utf8');
    try {
      const answer = await fetch(new URL(request.url, upstream), {
        method: request.method,
        headers: withoutHopByHop(request.headers),
        body: ['GET', 'HEAD'].includes(request.method) ? undefined : requestBody,
      });
      const responseBody = await answer.text();
      exchanges.push({ method: request.method, path: request.url, status: answer.status, requestBody, responseBody });
      response.writeHead(answer.status, withoutHopByHop(Object.fromEntries(answer.headers))).end(responseBody);
    } catch (error) {
      exchanges.push({ method: request.method, path: request.url, status: 502, requestBody, responseBody: error.message });
      response.writeHead(502).end(`Recording proxy: ${error.message}`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    exchanges,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
