/** One line of the results table: a measured figure, its target (if any) and the naive client's figure. */
export interface ResultLine {
  id: string;
  what: string;
  value: number;
  unit: string;
  /** `value` must be ≤ (or ≥ when `higherIsBetter`) this to pass. */
  target?: number;
  higherIsBetter?: boolean;
  /** The same figure for a naive client, where one applies. */
  naive?: number;
  note?: string;
}

export type Verdict = 'pass' | 'miss' | 'info';

export function verdict(line: ResultLine): Verdict {
  if (line.target === undefined) return 'info';
  return (line.higherIsBetter ? line.value >= line.target : line.value <= line.target) ? 'pass' : 'miss';
}

const fmt = (v: number | undefined, unit = ''): string =>
  v === undefined ? '–' : `${Number.isInteger(v) ? v : v.toFixed(v < 10 ? 2 : 1)}${unit ? ` ${unit}` : ''}`;

export function ratio(line: ResultLine): string {
  if (line.naive === undefined || line.value === 0) return '–';
  return `${(line.naive / line.value).toFixed(line.naive / line.value >= 10 ? 0 : 1)}×`;
}

/** A Markdown table, as pasted into the README's Performance section. */
export function toMarkdown(lines: ResultLine[]): string {
  const rows = lines.map((l) => {
    const target = l.target === undefined ? '–' : `${l.higherIsBetter ? '≥' : '≤'} ${fmt(l.target, l.unit)}`;
    return `| ${l.what} | ${fmt(l.value, l.unit)} | ${target} | ${verdict(l)} | ${fmt(l.naive, l.naive === undefined ? '' : l.unit)} | ${ratio(l)} |`;
  });
  return [
    '| what | measured | target | verdict | naive client | naive ÷ ours |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
