// Owns the one Prism of a contract run: started before the first file, stopped
// after the last, whatever happened in between. With CONTRACT_UPSTREAM_URL it
// is `prism proxy` in front of that implementation instead of the mock.
import { isProcessAlive, startPrism } from '@allow-policy/mock';
import { contractSpecPath } from './spec.js';

export default async function setup(project) {
  const specPath = contractSpecPath();
  const upstreamUrl = process.env.CONTRACT_UPSTREAM_URL?.replace(/\/$/, '') || null;
  const prism = await startPrism({ spec: specPath, upstream: upstreamUrl ?? undefined });
  project.provide('contract', { baseUrl: prism.url, upstreamUrl, specPath, prismPid: prism.pid });
  process.stderr.write(
    `contract target: ${upstreamUrl ? `prism proxy → ${upstreamUrl}` : 'prism mock'} at ${prism.url} (started in ${Math.round(prism.startupMs)} ms, spec ${specPath})\n`,
  );

  return async () => {
    await prism.stop();
    // The "no orphan Prism" promise, checked on every run rather than assumed.
    if (isProcessAlive(prism.pid)) throw new Error(`Prism (pid ${prism.pid}) is still running after the contract run`);
  };
}
