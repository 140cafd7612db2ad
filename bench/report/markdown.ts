/**
 * Writes the results as Markdown: where and with what it ran, the targets with their
 * measured ratios and verdicts, the full table (median and range of the repetitions), what
 * was measured for each server, and the browser figures of the editor issue.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Results } from '../runBenchmark';
import type { ServerId } from '../servers/specs';
import { formatCell, formatNumber, formatRatio } from './format';
import type { TargetOutcome } from './targets';

/** Browser figures, as the editor issue's browser test writes them. */
export interface BrowserFigures {
  readonly measuredAt: string;
  readonly figures: readonly { label: string; value: number; unit: string; note?: string }[];
}

/** Reads the browser figures file, if the editor issue's test has written one. */
export function readBrowserFigures(path: string): BrowserFigures | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BrowserFigures;
  } catch {
    return undefined;
  }
}

/**
 * The maintained analysis of missed targets (`results/remaining.md`: profile, cause, plan),
 * written by people after a run and shown in the results file, if there is one.
 */
export function readRemaining(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8').trim();
  return text === '' ? undefined : text;
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function verdict(outcome: TargetOutcome): string {
  return outcome.met === undefined ? 'no data' : outcome.met ? '**met**' : '**missed**';
}

function formatMeasured(outcome: TargetOutcome): string {
  const { unit } = outcome.def;
  if (unit === '×') return formatRatio(outcome.measured);
  return `${formatNumber(outcome.measured, unit === '%' ? 0 : 1)} ${unit}`;
}

/** The targets table. */
export function targetsTable(results: Results, outcomes: readonly TargetOutcome[]): string {
  const unitOf = (metric: string): string =>
    results.metrics.find((m) => m.id === metric)?.unit ?? '';
  const digitsOf = (metric: string): number =>
    results.metrics.find((m) => m.id === metric)?.digits ?? 1;
  const lines = [
    '| target | ours | reference | measured | result |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const outcome of outcomes) {
    const { metric } = outcome.def;
    const ours = `${formatNumber(outcome.ours, digitsOf(metric))} ${unitOf(metric)}`;
    const reference =
      outcome.reference === undefined
        ? '–'
        : `${outcome.reference.server}: ${formatNumber(outcome.reference.value, digitsOf(metric))} ${unitOf(metric)}`;
    lines.push(
      `| ${outcome.def.text} | ${ours} | ${reference} | ${formatMeasured(outcome)} | ${verdict(outcome)} |`,
    );
  }
  return lines.join('\n');
}

/** The full results table: one row per metric, one column per server. */
export function resultsTable(results: Results): string {
  const header = `| scenario | metric | unit | ${results.servers.map((s) => s.id).join(' | ')} |`;
  const lines = [header, `|${' --- |'.repeat(3 + results.servers.length)}`];
  const titles = new Map(results.scenarios.map((s) => [s.id, s.title]));
  let previous = '';
  for (const metric of results.metrics) {
    const title = titles.get(metric.scenario) ?? metric.scenario;
    const cells = results.servers.map((s) =>
      formatCell(results.cells[metric.id]?.[s.id], metric.digits),
    );
    lines.push(
      `| ${title === previous ? '' : title} | ${metric.label} | ${metric.unit} | ${cells.join(' | ')} |`,
    );
    previous = title;
  }
  return lines.join('\n');
}

function methodsSection(results: Results): string {
  const out: string[] = [];
  for (const scenario of results.scenarios) {
    out.push(`**${scenario.title}.**`);
    const byText = new Map<string, ServerId[]>();
    for (const server of results.servers) {
      const text = scenario.methods[server.id];
      if (text === undefined) continue;
      byText.set(text, [...(byText.get(text) ?? []), server.id]);
    }
    for (const [text, servers] of byText) {
      const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      out.push(byText.size === 1 ? sentence : `- ${servers.join(', ')}: ${sentence}`);
    }
    const errors = results.servers.flatMap((server) => {
      const error = scenario.errors[server.id];
      return error === undefined ? [] : [`- ${server.id}: ${error}`];
    });
    if (errors.length > 0) out.push('', 'Errors:', ...errors);
    out.push('');
  }
  return out.join('\n');
}

function browserSection(figures: BrowserFigures | undefined): string {
  if (figures === undefined) {
    return (
      'Not measured yet. The editor issue’s browser test (open a 100-page document; keystroke to ' +
      'the other person’s screen, p50 and p99) writes `bench/results/browser.json` as ' +
      '`{ "measuredAt": "<ISO date>", "figures": [{ "label", "value", "unit", "note"? }] }`; ' +
      'the next `npm run bench` puts its figures here.'
    );
  }
  const lines = [
    `Measured ${figures.measuredAt} by \`npx tsx bench/browser/measureEditor.ts\` (headless Chromium on this machine), not by this run.`,
    '',
    '| figure | value |',
    '| --- | --- |',
  ];
  for (const figure of figures.figures) {
    lines.push(
      `| ${figure.label} | ${formatNumber(figure.value, Number.isInteger(figure.value) ? 0 : 1)} ${figure.unit}${figure.note ? ` (${figure.note})` : ''} |`,
    );
  }
  return lines.join('\n');
}

/** Everything the results file needs besides the results. */
export interface ReportContext {
  readonly machine: string;
  readonly versions: string;
  readonly outcomes: readonly TargetOutcome[];
  readonly browser: BrowserFigures | undefined;
  /** The analysis of missed targets (results/remaining.md), if written. */
  readonly remaining?: string | undefined;
  readonly chartFile: string;
}

/** The whole results file. */
export function renderMarkdown(results: Results, report: ReportContext): string {
  const servers = results.servers.map((s) => `- \`${s.id}\`: ${s.label}, ${s.version}`).join('\n');
  const { quiet } = results;
  return `# Sync server benchmark: latest results

Written by \`npm run bench\` (bench/run.ts); do not edit by hand. How to run it: [bench/README.md](../README.md).

- **Date:** ${results.startedAt} · run time ${formatDuration(results.durationMs)} · sizes: ${results.sizes.name}
- **Machine:** ${report.machine}
- **Versions:** ${report.versions}
- **Quiet machine:** ${quiet.windows} measurement windows; ${quiet.discarded} discarded and repeated because other processes used more than 0.25 core; ${quiet.noisyKept} kept although noisy (marked ⚠); busiest kept window: others at ${quiet.maxOthersCores.toFixed(2)} cores

Servers, started one at a time on 127.0.0.1, each in its own process:

${servers}

## Targets

Medians of this run. “Best peer” is the better of Hocuspocus and @y/websocket-server on that metric; the floor is not a peer.

${targetsTable(results, report.outcomes)}

![Ratios against the targets](${report.chartFile})
${report.remaining ? `\n## What remains\n\n${report.remaining}\n` : ''}
## Results

Median (min–max) over the repetitions; one number means one repetition. Repetitions: fan-out ${results.sizes.fanOut.repetitions} per receiver count, initial sync ${results.sizes.initialSync.repetitions} (largest burst ${results.sizes.initialSync.largestBurstRepetitions}), reconnect storm ${results.sizes.storm.repetitions}, ingest ${results.sizes.ingest.repetitions}, memory ${results.sizes.memory.repetitions}, cold load ${results.sizes.coldLoad.repetitions}, awareness ${results.sizes.awareness.repetitions}.

${resultsTable(results)}

## What was measured

One driver process (the harness itself) runs every client with raw \`ws\` sockets: one adapter for bare y-protocols frames (ours, @y/websocket-server, the floor) and one for Hocuspocus' document-name prefix and authentication. Like a browser, every client offers permessage-deflate (and compresses nothing itself); of the servers only ours accepts it, and compresses only awareness batches. Server CPU is the server process' CPU time over all its threads (\`/proc/<pid>/task/*/schedstat\`); RSS is \`VmRSS\`; bytes sent are \`wchar\` from \`/proc/<pid>/io\`. On two cores the server has one and the driver the other, so at the largest sizes latencies include the driver's own queueing; CPU per message and bytes are read from the server process and do not.

**Reading the figures.** A latency in seconds means the server (and at these sizes often the driver too) could not keep up with the offered load and queued it. Such a figure is a lower bound: a fan-out edit not delivered within ${results.sizes.timeoutMs / 1000} s counts as ${results.sizes.timeoutMs / 1000} s; in the awareness scenario a client still waiting at the limit counts once, with the delay so far, and the bytes counted stop at that limit too, so a server that falls further behind writes fewer bytes in the window. The floor's initial-sync figures are bound by the driver, which parses one frame per logged update.

${methodsSection(results)}
## Browser figures (editor issue)

${browserSection(report.browser)}
`;
}
