import type { Highlight } from '../../shared/domain';

/** Search matches as <mark> segments; text is never parsed as HTML. */
export function HighlightedText({ segments, fallback }: { segments: Highlight | undefined; fallback: string }) {
  if (!segments || segments.length === 0) return <>{fallback}</>;
  return (
    <>{segments.map((seg, i) => (seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}</>
  );
}
