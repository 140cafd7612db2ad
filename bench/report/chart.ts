/**
 * The results chart, written as SVG text by hand (no chart library): one bar per target,
 * the measured ratio on a logarithmic axis, the target's limit as a tick, green when met and
 * red when missed. Ratios are what the targets are about, so the chart shows only those.
 */
import { formatRatio } from './format';
import type { TargetOutcome } from './targets';

const WIDTH = 960;
const LABEL_WIDTH = 430;
const ROW = 30;
const TOP = 46;
const AXIS_MIN = 0.05;
const AXIS_MAX = 50;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_RIGHT = WIDTH - 110;

function x(value: number): number {
  const clamped = Math.min(AXIS_MAX, Math.max(AXIS_MIN, value));
  const span = Math.log10(AXIS_MAX) - Math.log10(AXIS_MIN);
  return (
    PLOT_LEFT + ((Math.log10(clamped) - Math.log10(AXIS_MIN)) / span) * (PLOT_RIGHT - PLOT_LEFT)
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The chart of the ratio targets of `outcomes`, as an SVG document. */
export function renderChart(outcomes: readonly TargetOutcome[], title: string): string {
  const rows = outcomes.filter((outcome) => outcome.def.unit === '×');
  const height = TOP + rows.length * ROW + 50;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="15" font-weight="bold">${escape(title)}</text>`,
    `<text x="10" y="36" fill="#555">Ours ÷ reference (speed-ups: reference ÷ ours), log scale, clipped to 0.05–50×; black tick = target; green = met, red = missed</text>`,
  ];
  for (const tick of [0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50]) {
    const tx = x(tick).toFixed(1);
    parts.push(
      `<line x1="${tx}" y1="${TOP - 4}" x2="${tx}" y2="${TOP + rows.length * ROW}" stroke="${tick === 1 ? '#888' : '#e3e3e3'}"/>`,
      `<text x="${tx}" y="${TOP + rows.length * ROW + 16}" text-anchor="middle" fill="#555">${tick}×</text>`,
    );
  }
  rows.forEach((outcome, index) => {
    const y = TOP + index * ROW;
    const colour = outcome.met === undefined ? '#aaaaaa' : outcome.met ? '#2e9d4b' : '#d0342c';
    const base = x(1);
    const end = Number.isFinite(outcome.measured) ? x(outcome.measured) : base;
    const verdict = outcome.met === undefined ? 'no data' : outcome.met ? 'met' : 'missed';
    parts.push(
      `<text x="${LABEL_WIDTH}" y="${y + 19}" text-anchor="end">${escape(outcome.def.text)}</text>`,
      `<rect x="${Math.min(base, end).toFixed(1)}" y="${y + 7}" width="${Math.max(1, Math.abs(end - base)).toFixed(1)}" height="16" fill="${colour}"/>`,
      `<line x1="${x(outcome.def.limit).toFixed(1)}" y1="${y + 3}" x2="${x(outcome.def.limit).toFixed(1)}" y2="${y + 27}" stroke="#000" stroke-width="2"/>`,
      `<text x="${(PLOT_RIGHT + 6).toFixed(1)}" y="${y + 19}">${escape(formatRatio(outcome.measured))} ${verdict}</text>`,
    );
  });
  parts.push('</svg>', '');
  return parts.join('\n');
}
