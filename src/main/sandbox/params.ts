import { badEncoding, duplicateParameter } from './gateway-errors.js';

/** Request parameters after merging query and body. Null prototype: keys like `__proto__` are plain data. */
export type Params = Readonly<Record<string, string>>;

/**
 * RFC 3986 percent-encoding as POP defines it (spec §4.2): unreserved characters stay, everything else
 * becomes %XY of its UTF-8 bytes; encodeURIComponent leaves ! ' ( ) * alone, so those are fixed up.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * Parses `a=1&b=2` strictly: '+' is a space (form encoding), and any malformed %XY or invalid UTF-8
 * is an error rather than being passed through, so a client encoding bug surfaces as a clear 400.
 */
export function parseUrlEncoded(raw: string, where: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (raw === '') return pairs;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    pairs.push([decodeStrict(rawKey, where), decodeStrict(rawValue, where)]);
  }
  return pairs;
}

function decodeStrict(text: string, where: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw badEncoding(where);
  }
}

/** Merges query and body pairs; a name given twice is rejected because it would make signing ambiguous. */
export function mergeParams(...sources: Array<Array<[string, string]>>): Params {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pairs of sources) {
    for (const [key, value] of pairs) {
      if (Object.prototype.hasOwnProperty.call(out, key)) throw duplicateParameter(key);
      out[key] = value;
    }
  }
  return out;
}
