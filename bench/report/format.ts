/** Number formatting shared by the Markdown table and the chart. */
import { median, range } from '../driver/stats';
import type { Cell } from '../runBenchmark';

/** `value` with `digits` decimals and thousands separators; "–" when not a number. */
export function formatNumber(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A ratio such as 0.42× or 12×. */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const digits = value >= 10 ? 0 : value >= 1 ? 1 : 2;
  return `${formatNumber(value, digits)}×`;
}

/** "median (min–max)" of a cell, or its error. */
export function formatCell(cell: Cell | undefined, digits: number): string {
  if (cell === undefined) return '–';
  if (cell.error !== undefined) return cell.error.startsWith('not run') ? 'not run' : 'error';
  if (cell.samples.length === 0) return '–';
  const mid = formatNumber(median(cell.samples), digits);
  const noisy = cell.noisy === true ? ' ⚠' : '';
  if (cell.samples.length === 1) return `${mid}${noisy}`;
  const { min, max } = range(cell.samples);
  return `${mid} (${formatNumber(min, digits)}–${formatNumber(max, digits)})${noisy}`;
}
