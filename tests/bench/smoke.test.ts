/**
 * Smoke test of the benchmark harness (bench/): every scenario against every server, at
 * tiny sizes, so the harness cannot rot between real runs. Nothing is timed or compared:
 * it checks only that each scenario produced a number for each server and that the report
 * renders. The servers run side by side (the real run never does that) because no figure
 * here means anything. The real run is `npm run bench` (see bench/README.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../bench/report/chart';
import { renderMarkdown } from '../../bench/report/markdown';
import { judgeTargets } from '../../bench/report/targets';
import { removeDataDirs, runBenchmark } from '../../bench/runBenchmark';
import type { Results } from '../../bench/runBenchmark';
import { SCENARIOS } from '../../bench/scenarios';
import { killAllServers } from '../../bench/servers/ServerProcess';
import { SERVERS } from '../../bench/servers/specs';
import { smokeSizes } from '../../bench/sizes';

/** One run's results with the cells of every other run merged in. */
function merge(runs: readonly Results[]): Results {
  const [first, ...rest] = runs;
  if (first === undefined) throw new Error('no runs');
  const cells: Record<string, Results['cells'][string]> = {};
  for (const run of runs) {
    for (const [metric, row] of Object.entries(run.cells))
      cells[metric] = { ...cells[metric], ...row };
  }
  return { ...first, servers: [first, ...rest].flatMap((run) => run.servers), cells };
}

describe('benchmark harness, smoke sizes', () => {
  afterAll(() => {
    killAllServers();
    removeDataDirs();
  });

  it('gets a number from every scenario for every server, and renders the report', async () => {
    const results = merge(
      await Promise.all(
        SERVERS.map((server) =>
          runBenchmark({
            sizes: smokeSizes,
            servers: [server],
            scenarios: SCENARIOS,
            log: () => undefined,
          }),
        ),
      ),
    );

    const missing: string[] = [];
    for (const metric of results.metrics) {
      for (const server of results.servers) {
        const cell = results.cells[metric.id]?.[server.id];
        const ok =
          cell !== undefined &&
          cell.error === undefined &&
          cell.samples.length > 0 &&
          cell.samples.every((sample) => Number.isFinite(sample));
        if (!ok) missing.push(`${metric.id} on ${server.id}: ${cell?.error ?? 'no number'}`);
      }
    }
    expect(missing).toEqual([]);
    expect(new Set(results.metrics.map((metric) => metric.scenario))).toEqual(
      new Set(SCENARIOS.map((scenario) => scenario.id)),
    );

    const outcomes = judgeTargets(results);
    const markdown = renderMarkdown(results, {
      machine: 'test',
      versions: 'test',
      outcomes,
      browser: undefined,
      chartFile: 'chart.svg',
    });
    for (const server of SERVERS) expect(markdown).toContain(`\`${server.id}\``);
    expect(renderChart(outcomes, 'smoke')).toMatch(/^<svg[\s\S]*<\/svg>\n$/);
  }, 120_000);
});
