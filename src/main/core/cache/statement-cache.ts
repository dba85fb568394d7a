import type Database from 'better-sqlite3';

/** Prepares each distinct SQL text once per connection; repositories build a few dynamic queries. */
export type Sql = (text: string) => Database.Statement;

export function statementCache(db: Database.Database): Sql {
  const statements = new Map<string, Database.Statement>();
  return (text) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
}
