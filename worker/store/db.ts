import { fillPlaceholders, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { oncePer } from '../../core/once';
import * as schema from '../../db/schema';

const open = (d1: D1Database) => drizzle(d1, { schema });
export type Database = ReturnType<typeof open>;

/**
 * The typed drizzle handle over the D1 binding: one per binding, as building one reads the whole
 * schema, and a handle holds no request's state.
 */
export const database = oncePer(open);

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
  const built = oncePer((db: Database) => {
    const query = build(db).toSQL();
    return { statement: db.$client.prepare(query.sql), params: query.params };
  });
  return (db: Database, values: Values): D1PreparedStatement => {
    const { statement, params } = built(db);
    return statement.bind(...fillPlaceholders(params, values));
  };
}

/**
 * `builtOnce` for statements whose shape depends on a count (rows of a multi-row insert, breakdown
 * groups): built once per handle and count.
 */
export function builtOncePerCount<Values extends Record<string, unknown>>(build: (db: Database, count: number) => Buildable) {
  const byCount = new Map<number, ReturnType<typeof builtOnce<Values>>>();
  return (db: Database, count: number, values: Values): D1PreparedStatement => {
    let statement = byCount.get(count);
    if (!statement) {
      statement = builtOnce<Values>((handle) => build(handle, count));
      byCount.set(count, statement);
    }
    return statement(db, values);
  };
}

/** A value a `builtOnce` statement takes per request, by name. */
export const placeholder = (name: string) => sql.placeholder(name);

/** Today as `YYYY-MM-DD` (UTC): the only precision stored next to answers. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const newId = () => crypto.randomUUID();
