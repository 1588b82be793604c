/**
 * A D1 binding that records what every statement cost (`rows_read`, `rows_written` from D1's own
 * `meta`), for the analysis benchmark's rows-per-request figures.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';

const log = (message: string) => process.stderr.write(`${message}\n`);

export interface Meta {
  readonly rows_read: number;
  readonly rows_written: number;
  /** Milliseconds SQLite spent on the statement (workerd's clock: whole milliseconds, so average many). */
  readonly duration: number;
  /** The database's size in bytes after the statement. */
  readonly size_after: number;
}

/** Collects the meta of every D1 statement one request runs, and which of them ran as one batch. */
export class Collector {
  readonly metas: { sql: string; meta: Meta }[] = [];
  readonly batches: { sql: string; meta: Meta }[][] = [];
  /** Calls to D1: a batch is one, whatever it holds. */
  roundTrips = 0;
  get rowsRead() {
    return this.metas.reduce((sum, m) => sum + m.meta.rows_read, 0);
  }
  get rowsWritten() {
    return this.metas.reduce((sum, m) => sum + m.meta.rows_written, 0);
  }
  get duration() {
    return this.metas.reduce((sum, m) => sum + m.meta.duration, 0);
  }
}

/** Passes a D1 call through, printing why it failed (the app's log shows only drizzle's wrapper). */
async function reported<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    log(`  D1 call failed: ${String(error)}`);
    throw error;
  }
}

/**
 * A D1 statement that records the meta of each execution. drizzle reads selects with `raw()`,
 * which returns no meta, so `raw()` runs `all()` for the meta, and hands back the rows as arrays in
 * column order (read again with `raw()` for a select; see there).
 */
class MeasuredStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    readonly sql: string,
    private readonly collector: Collector,
  ) {}
  bind(...values: unknown[]) {
    try {
      return new MeasuredStatement(this.inner.bind(...values), this.sql, this.collector);
    } catch (error) {
      log(`  D1 bind failed: ${String(error)}`);
      throw error;
    }
  }
  private record<T extends { meta: unknown }>(result: T): T {
    this.collector.roundTrips++;
    this.collector.metas.push({ sql: this.sql, meta: result.meta as Meta });
    return result;
  }
  async all() {
    return this.record(await reported(this.inner.all()));
  }
  async run() {
    return this.record(await reported(this.inner.run()));
  }
  async first(column?: string) {
    const row = this.record(await reported(this.inner.all<Record<string, unknown>>())).results[0] ?? null;
    return column ? (row?.[column] ?? null) : row;
  }
  async raw() {
    const result = this.record(await reported(this.inner.all<Record<string, unknown>>()));
    // A join can name two columns alike (`id` of two tables), which rows as objects collapse: a
    // select, which changes nothing, is read again as arrays (its meta is the first run's).
    if (/^\s*select\b/i.test(this.sql)) return reported(this.inner.raw());
    return result.results.map((row: Record<string, unknown>) => Object.values(row));
  }
}

export function measuredD1(db: D1Database, collector: Collector): D1Database {
  return {
    prepare: (sql: string) => {
      try {
        return new MeasuredStatement(db.prepare(sql), sql, collector);
      } catch (error) {
        log(`  D1 prepare failed: ${String(error)}`);
        throw error;
      }
    },
    batch: async (statements: MeasuredStatement[]) => {
      const results = await reported(db.batch(statements.map((s) => s.inner)));
      const batch = results.map((result: { meta: unknown }, i: number) => ({ sql: statements[i]!.sql, meta: result.meta as Meta }));
      collector.metas.push(...batch);
      collector.batches.push(batch);
      collector.roundTrips++;
      return results;
    },
  } as unknown as D1Database;
}
