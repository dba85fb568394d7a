import { toWordDocument, type SearchQuery } from './search-text';
import type { Sql } from './statement-cache';

/** Maintains both search indexes; one document per ticket, keyed by the ticket's rowid. */
export class SearchIndex {
  constructor(private readonly sql: Sql) {}

  write(rowid: number, title: string, body: string): void {
    this.remove(rowid);
    this.sql('INSERT INTO search_trigram(rowid, title, body) VALUES (?, ?, ?)').run(rowid, title, body);
    this.sql('INSERT INTO search_words(rowid, title, body) VALUES (?, ?, ?)').run(
      rowid,
      toWordDocument(title),
      toWordDocument(body),
    );
  }

  remove(rowid: number): void {
    this.sql('DELETE FROM search_trigram WHERE rowid = ?').run(rowid);
    this.sql('DELETE FROM search_words WHERE rowid = ?').run(rowid);
  }

  /**
   * SQL selecting the rowids (and, if `ranked`, the bm25 rank) of matching tickets that also satisfy `where` (over
   * `tickets t`), newest first and at most `cap`: results are always limited, and walking the index
   * in rowid order lets FTS5 stop early (ticket rowids follow creation time). When both indexes are
   * needed, the trigram index drives and the word index filters; the unary plus keeps SQLite from
   * probing FTS5 once per rowid of the subquery.
   */
  candidatesSql(
    query: SearchQuery,
    where: string,
    options: { cap: number; ranked: boolean },
  ): { sql: string; params: Record<string, string> } {
    const table = query.trigram !== null ? 'search_trigram' : 'search_words';
    const conditions = [`f.${table} MATCH @matchMain`];
    const params: Record<string, string> = { matchMain: (query.trigram ?? query.words) as string };
    if (query.trigram !== null && query.words !== null) {
      conditions.push('+f.rowid IN (SELECT rowid FROM search_words WHERE search_words MATCH @matchWords)');
      params.matchWords = query.words;
    }
    if (where !== '') conditions.push(where);
    return {
      sql: `SELECT f.rowid AS rowid${options.ranked ? ', f.rank AS rank' : ''} FROM ${table} f JOIN tickets t ON t.rowid = f.rowid
            WHERE ${conditions.join(' AND ')} ORDER BY f.rowid DESC LIMIT ${options.cap}`,
      params,
    };
  }
}
