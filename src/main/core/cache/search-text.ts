/**
 * Text preparation for the two search indexes (architecture §7). FTS5's trigram tokenizer cannot
 * match terms shorter than three characters, and Chinese and Japanese words are often one or two
 * (网络, 請求). For those, the word index stores every CJK run as overlapping bigrams plus its last
 * character, so a two-character word is one token and a single character is a prefix query.
 */

const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005]+/gu;
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005]/u;

/** Rewrites text for the unicode61 word index: Latin words stay words, CJK runs become bigrams. */
export function toWordDocument(text: string): string {
  return text.replace(CJK_RUN, (run) => ` ${cjkTokens(run).join(' ')} `);
}

function cjkTokens(run: string): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  tokens.push(chars[chars.length - 1] as string);
  return tokens;
}

export interface SearchQuery {
  /** Every term as typed (lower-cased), for highlighting. */
  terms: string[];
  /** FTS5 MATCH expression for the trigram index, or null when no term is long enough. */
  trigram: string | null;
  /** FTS5 MATCH expression for the word index, or null when every term is long enough. */
  words: string | null;
}

const phrase = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * Splits a query on whitespace; all terms must match (in the title or any note). Returns null for
 * a blank query. Characters FTS5 treats as syntax are neutralised by quoting every term.
 */
export function parseSearchQuery(query: string): SearchQuery | null {
  const terms = [
    ...new Set(
      query
        .toLowerCase()
        .split(/\s+/u)
        .filter((t) => t !== ''),
    ),
  ];
  if (terms.length === 0) return null;
  const trigram: string[] = [];
  const words: string[] = [];
  for (const term of terms) {
    if ([...term].length >= 3) {
      trigram.push(phrase(term));
      continue;
    }
    // Short terms go through the word index: each token as a prefix ("db" finds "dbs", "网" finds 网络).
    for (const token of toWordDocument(term).split(/[^\p{L}\p{N}]+/u)) {
      if (token === '') continue;
      // A full CJK bigram is a whole token; anything shorter may start a longer one.
      const exact = [...token].length === 2 && CJK_CHAR.test(token);
      words.push(exact ? phrase(token) : `${phrase(token)}*`);
    }
  }
  // A short term made only of punctuation has no tokens; it cannot narrow the result, so drop it.
  if (trigram.length === 0 && words.length === 0) return null;
  return {
    terms,
    trigram: trigram.length > 0 ? trigram.join(' ') : null,
    words: words.length > 0 ? words.join(' ') : null,
  };
}
