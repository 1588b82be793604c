import { fillPlaceholders } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import * as schema from '../../db/schema';

const open = (d1: D1Database) => drizzle(d1, { schema });
export type Database = ReturnType<typeof open>;

/** One handle per binding: building one reads the whole schema, and a handle holds no request's state. */
const handles = new WeakMap<D1Database, Database>();

/** The typed drizzle handle over the D1 binding. */
export function database(d1: D1Database): Database {
  let db = handles.get(d1);
  if (!db) {
    db = open(d1);
    handles.set(d1, db);
  }
  return db;
}

/** What `builtOnce` needs of a drizzle query: its SQL, with `sql.placeholder`s among its parameters. */
interface Buildable {
  toSQL(): { sql: string; params: unknown[] };
}

/**
 * A statement whose SQL drizzle builds once per database handle, with `sql.placeholder`s for what
 * changes between requests; each call only binds the values (a placeholder's column still encodes
 * its value, JSON included). For the statements every respondent request runs: building a query
 * with drizzle's builder cost more of the Worker's CPU than validating the answers
 * (scripts/bench/respond-cpu.ts). The result is a plain D1 statement, for `db.$client.batch`, which
 * is atomic as `db.batch` is (it is what `db.batch` calls).
 */
export function builtOnce<Values extends Record<string, unknown>>(build: (db: Database) => Buildable) {
  const built = new WeakMap<Database, { statement: D1PreparedStatement; params: unknown[] }>();
  return (db: Database, values: Values): D1PreparedStatement => {
    let found = built.get(db);
    if (!found) {
      const query = build(db).toSQL();
      found = { statement: db.$client.prepare(query.sql), params: query.params };
      built.set(db, found);
    }
    return found.statement.bind(...fillPlaceholders(found.params, values));
  };
}

/** A drizzle query as a plain D1 statement, for a `db.$client.batch` with `builtOnce` statements. */
export function statementOf(db: Database, query: Buildable): D1PreparedStatement {
  const { sql, params } = query.toSQL();
  return db.$client.prepare(sql).bind(...params);
}

/** Today as `YYYY-MM-DD` (UTC): the only precision stored next to answers. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const newId = () => crypto.randomUUID();
