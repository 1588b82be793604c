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

/** Today as `YYYY-MM-DD` (UTC): the only precision stored next to answers. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const newId = () => crypto.randomUUID();
