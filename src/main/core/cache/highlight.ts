import type { Highlight } from '../../../shared/domain';

/**
 * Marks every occurrence of the search terms in a text, as segments the renderer can style without
 * innerHTML. Matching is case-insensitive substring matching, like the trigram index.
 */
export function highlight(text: string, terms: readonly string[]): Highlight {
  return toSegments(text, matchRanges(text, terms));
}

/** The part of `text` around its first match (about `width` characters), highlighted; null if none. */
export function snippet(text: string, terms: readonly string[], width = 120): Highlight | null {
  const ranges = matchRanges(text, terms);
  const first = ranges[0];
  if (!first) return null;
  let start = Math.max(0, first[0] - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  // Never cut a surrogate pair in half.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  const inside = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): [number, number] => [Math.max(s, start) - start, Math.min(e, end) - start]);
  const segments = toSegments(text.slice(start, end).replace(/\s/g, ' '), inside);
  if (start > 0) segments.unshift({ text: '…', match: false });
  if (end < text.length) segments.push({ text: '…', match: false });
  return segments;
}

function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  // Lower-casing can change the length of a few characters (e.g. İ); then positions would drift.
  const lower = text.toLowerCase();
  const haystack = lower.length === text.length ? lower : text;
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    if (needle === '') continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function toSegments(text: string, ranges: readonly [number, number][]): Highlight {
  const segments: Highlight = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
