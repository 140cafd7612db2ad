/**
 * Writes a run's report files: results/latest.md, latest.svg and latest.json, and the tables
 * in bench/README.md. Also renders a saved run again without measuring (`--render`), so new
 * browser figures or a report fix do not cost a 15-minute run. Files are written through a
 * temporary file (ignored by git), so an interrupted write never leaves half a file.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { Results } from '../runBenchmark';
import { ROOT } from '../servers/specs';
import { renderChart } from './chart';
import { describeMachine, describeVersions } from './machine';
import {
  readBrowserFigures,
  readRemaining,
  renderMarkdown,
  resultsTable,
  targetsTable,
} from './markdown';
import { judgeTargets } from './targets';

/** A run as saved in latest.json: the results and where they were measured. */
export interface SavedRun {
  readonly machine: string;
  readonly versions: string;
  readonly results: Results;
}

/** Where to write and under which name. */
export interface ReportTarget {
  /** Folder of the results (bench/results). */
  readonly outDir: string;
  /** File name without extension: latest, or latest-partial for partial runs. */
  readonly base: string;
  /** Whether to put the tables into bench/README.md (full runs only). */
  readonly readme: boolean;
}

function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** Puts the latest tables into bench/README.md, formatted as `npm run format` would. */
async function updateReadme(results: Results, tables: string): Promise<void> {
  const path = join(ROOT, 'bench/README.md');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const readme = readFileSync(path, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return;
  const block = [
    start,
    `_Run of ${results.startedAt}, sizes: ${results.sizes.name}; full file: [results/latest.md](results/latest.md)._`,
    '',
    tables,
    end,
  ].join('\n');
  const text = readme.slice(0, from) + block + readme.slice(to + end.length);
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeAtomically(path, await prettier.format(text, { ...options, filepath: path }));
}

/** Saves `results` with the machine's description and writes every report file. */
export async function saveRun(results: Results, target: ReportTarget): Promise<SavedRun> {
  const run: SavedRun = { machine: describeMachine(), versions: describeVersions(), results };
  writeAtomically(join(target.outDir, `${target.base}.json`), `${JSON.stringify(run, null, 2)}\n`);
  await writeReport(run, target);
  return run;
}

/** Writes the Markdown, the chart and (if asked) the README tables of `run`. */
export async function writeReport(run: SavedRun, target: ReportTarget): Promise<void> {
  const { results } = run;
  const outcomes = judgeTargets(results);
  const markdown = renderMarkdown(results, {
    machine: run.machine,
    versions: run.versions,
    outcomes,
    browser: readBrowserFigures(join(target.outDir, 'browser.json')),
    remaining: readRemaining(join(target.outDir, 'remaining.md')),
    chartFile: `${target.base}.svg`,
  });
  writeAtomically(join(target.outDir, `${target.base}.md`), markdown);
  const title = `Sync server benchmark, ${results.startedAt.slice(0, 10)}`;
  writeAtomically(join(target.outDir, `${target.base}.svg`), renderChart(outcomes, title));
  if (target.readme) {
    await updateReadme(results, `${targetsTable(results, outcomes)}\n\n${resultsTable(results)}`);
  }
}

/** Reads the saved run of `outDir`/latest.json (older files hold only the results). */
export function readSavedRun(outDir: string): SavedRun {
  const saved = JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8')) as SavedRun | Results;
  return 'results' in saved
    ? saved
    : { machine: describeMachine(), versions: describeVersions(), results: saved };
}
