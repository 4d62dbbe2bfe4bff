// Provider mode: the same contract suite, run as CI would run it
// (CONTRACT_UPSTREAM_URL=…), against two local implementations. Accepted
// requests go through `prism proxy` (which validates both ways); requests that
// must be rejected go to the implementation directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContractSuite } from '../../src/run-suite.js';
import { startUpstream } from '../fixtures/upstreams.js';
import { processesMatching } from './processes.js';

describe('provider mode', () => {
  const upstreams = {};
  beforeAll(async () => {
    upstreams.keeping = await startUpstream();
    upstreams.breaking = await startUpstream({ breaks: true });
  });
  afterAll(async () => {
    await upstreams.keeping?.close();
    await upstreams.breaking?.close();
  });

  it('passes against an implementation that keeps the contract', async () => {
    const run = await runContractSuite({ upstreamUrl: upstreams.keeping.url });
    expect(run.failedTests.map((t) => `${t.name}\n${t.message.slice(0, 600)}`)).toEqual([]);
    expect(run.passed).toBe(true);
    console.log(`provider mode, keeping upstream: ${run.total} cases passed`);
    expect(await processesMatching(upstreams.keeping.url)).toEqual([]); // the proxy is gone
  });

  it('fails against an implementation that breaks it, naming each violation', async () => {
    const run = await runContractSuite({ upstreamUrl: upstreams.breaking.url });
    expect(run.passed).toBe(false);
    const report = run.failedTests.map((t) => `${t.name}\n${t.message}`).join('\n\n');
    console.log(`provider mode, breaking upstream: ${run.failedTests.length}/${run.total} cases failed`);
    // Each defect is named by what Prism's proxy (or the suite) found, with the field.
    expect(report).toContain('Prism: response.body.result.pattern maxLength');
    expect(report).toContain('Prism: response.body.result.id format');
    expect(report).toContain('Prism: response.body.success const');
    expect(report).toMatch(/Prism: response\.body\.result required: .*'created_at'/);
    // The implementation itself accepted UNKNOWN: rule, field, value sent and status received.
    expect(report).toMatch(/\[pattern_type UNKNOWN \(cannot be used when creating\)\] pattern_type: sent "UNKNOWN" → received 201 from the upstream directly/);
    expect(report).toContain('expected status 422, received 201');
    expect(await processesMatching(upstreams.breaking.url)).toEqual([]);
  });
});
