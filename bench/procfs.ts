/**
 * Reads what the kernel knows about a process, from outside it, so every server is
 * measured the same way whatever it is written with: CPU time (all threads, nanoseconds,
 * from schedstat; /proc/<pid>/stat ticks when schedstat is missing), resident memory
 * (VmRSS) and bytes written to sockets and files (wchar). Linux only.
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICK_NS = 10_000_000; // USER_HZ is 100 on Linux: one tick is 10 ms.

/** CPU time used so far by every live thread of `pid`, in nanoseconds. */
export function readCpuNs(pid: number | 'self'): number {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return readStatCpuNs(pid);
  }
  let total = 0;
  for (const tid of tids) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return total > 0 ? total : readStatCpuNs(pid);
}

/** utime + stime of `pid` from /proc/<pid>/stat, in nanoseconds (10 ms resolution). */
export function readStatCpuNs(pid: number | 'self'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_NS;
}

/** Resident set size of `pid`, in bytes. */
export function readRssBytes(pid: number | 'self'): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Bytes `pid` has passed to write-like system calls, sockets included. */
export function readWcharBytes(pid: number | 'self'): number {
  const match = /wchar:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}

/** Busy CPU time of the whole machine (user + nice + system, all cores), in nanoseconds. */
export function readMachineBusyNs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [, user, nice, system] = line.trim().split(/\s+/).map(Number);
  // irq, softirq and steal are left out: loopback traffic is charged there, and the
  // process figures (schedstat) leave it out too, so the subtraction stays consistent.
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0)) * TICK_NS;
}
