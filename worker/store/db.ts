import { drizzle } from 'drizzle-orm/d1';
import * as schema from '../../db/schema';

/** The typed drizzle handle over the D1 binding. */
export function database(d1: D1Database) {
  return drizzle(d1, { schema });
}
export type Database = ReturnType<typeof database>;

/** Today as `YYYY-MM-DD` (UTC): the only precision stored next to answers. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const newId = () => crypto.randomUUID();
