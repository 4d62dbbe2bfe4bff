#!/usr/bin/env node
// `npm run docs`: serves the built page on localhost for a person, prints the
// URL; Ctrl-C stops it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../src/static-server.js';

const distDir = join(import.meta.dirname, '../dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`No ${join(distDir, 'index.html')}: build the docs first (npm run build).`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8080);
const server = await serveStatic(distDir, { port }).catch((error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; set PORT to another one (PORT=0 picks a free port).` : error.message);
  process.exit(1);
});
console.log(`API docs: ${server.url}\nPress Ctrl-C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
