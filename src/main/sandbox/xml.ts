/**
 * Renders a response as POP's XML (Format=XML): `<?xml …?><Root>…</Root>`, object keys become
 * elements, and an array repeats its own element name once per item (`<List>…</List><List>…</List>`),
 * which is how the legacy XML unmarshallers read lists.
 */
export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${element(root, value)}`;
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  if (value === undefined || value === null) return `<${name}/>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Escapes markup and drops characters XML 1.0 cannot carry at all (a user can type them). */
export function escapeXml(text: string): string {
  // Filtering by code point instead of a regex range keeps the rule readable (and lint-clean).
  const legal = [...text].filter((ch) => !isIllegalXmlChar(ch.codePointAt(0) ?? 0)).join('');
  return legal
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function isIllegalXmlChar(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0xfffe || cp === 0xffff;
}
