/**
 * Entry point of `npm run bench`: runs every scenario against every server on 127.0.0.1 and
 * writes bench/results/latest.md, latest.svg and latest.json, and the tables in
 * bench/README.md. The only module that touches the process: it owns the exit and signal
 * handlers that kill any server still running, and the run's wall-clock limit.
 *
 * Options: --smoke (tiny sizes), --servers=ours,hocuspocus,... --scenarios=fanOut,ingest,...
 * --cpu-prof=<dir> (each server process writes a V8 CPU profile there when it exits cleanly),
 * --render (write the report of the saved latest.json again, without measuring),
 * --out=<dir> (default bench/results). A run limited by --servers, --scenarios, --smoke or
 * --cpu-prof is written to latest-partial.* so it never replaces the full results.
 */
import { join } from 'node:path';
import { QUIET_LIMIT_CORES, sampleOthers } from './quiet';
import { targetsTable } from './report/markdown';
import { judgeTargets } from './report/targets';
import { readSavedRun, saveRun, writeReport } from './report/writeReport';
import { removeDataDirs, runBenchmark } from './runBenchmark';
import { SCENARIOS } from './scenarios';
import { killAllServers } from './servers/ServerProcess';
import { ROOT, SERVERS } from './servers/specs';
import { realSizes, smokeSizes } from './sizes';

const WALL_CLOCK_LIMIT_MS = 30 * 60 * 1000;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function pick<T extends { id: string }>(all: readonly T[], list: string | undefined): T[] {
  if (list === undefined) return [...all];
  const wanted = list.split(',');
  const unknown = wanted.filter((id) => !all.some((item) => item.id === id));
  if (unknown.length > 0) throw new Error(`unknown: ${unknown.join(', ')}`);
  return all.filter((item) => wanted.includes(item.id));
}

async function main(): Promise<void> {
  const cleanUp = (): void => {
    killAllServers();
    removeDataDirs();
  };
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping servers`);
      process.exit(130);
    });
  }
  // The last bound: whatever hangs, the run ends and its servers die.
  setTimeout(() => {
    console.error('benchmark exceeded its wall-clock limit');
    process.exit(1);
  }, WALL_CLOCK_LIMIT_MS).unref();

  const outDir = option('out') ?? join(ROOT, 'bench/results');
  if (process.argv.includes('--render')) {
    const run = readSavedRun(outDir);
    await writeReport(run, { outDir, base: 'latest', readme: true });
    console.log(targetsTable(run.results, judgeTargets(run.results)));
    return;
  }

  const smoke = process.argv.includes('--smoke');
  const servers = pick(SERVERS, option('servers'));
  const scenarios = pick(SCENARIOS, option('scenarios'));
  const profileDir = option('cpu-prof');
  const partial =
    smoke ||
    profileDir !== undefined ||
    option('servers') !== undefined ||
    option('scenarios') !== undefined;

  if (!smoke) {
    const load = await sampleOthers(2_000);
    if (load.cores > QUIET_LIMIT_CORES) {
      console.log(
        `The machine is busy (other processes: ${load.cores.toFixed(2)} cores; ${load.top}). ` +
          'Noisy windows are repeated a bounded number of times, then kept and marked ⚠.',
      );
    }
  }
  const results = await runBenchmark({
    sizes: smoke ? smokeSizes : realSizes,
    servers,
    scenarios,
    serverNodeFlags: profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    log: (line) => console.log(`[${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${line}`),
  });
  const base = partial ? 'latest-partial' : 'latest';
  await saveRun(results, { outDir, base, readme: !partial });
  console.log(
    `\nwrote ${join(outDir, `${base}.md`)} in ${(results.durationMs / 1000).toFixed(0)} s`,
  );
  console.log(targetsTable(results, judgeTargets(results)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
