/**
 * Bindings that record what a request's D1 and rate-limiter calls answered, and play it back, so
 * the respondent-CPU bench can time the same request again with no binding call crossing the
 * platform proxy. The proxy's transport runs in the bench's own process (threads included), so
 * CPU measured around a live request is mostly the proxy's; played back, every millisecond spent
 * is the Worker's own JavaScript: routing, validation, building the statements, JSON.
 *
 * Each binding is one stable object, as a Worker's `env` is within an isolate: the app keeps
 * per-binding handles (worker/store/db.ts) that a new object per request would rebuild.
 */
import type { D1Database, D1PreparedStatement, RateLimit } from '@cloudflare/workers-types';

/** What one request's binding calls answered, in the order it made them. */
export interface Tape {
  readonly answers: unknown[];
}

const newTape = (): Tape => ({ answers: [] });

type Statement = D1PreparedStatement & { readonly inner?: D1PreparedStatement };

/** Which mode the bindings are in, and the tape they record to or play from. */
export class Deck {
  private tape = newTape();
  private playing = false;
  private next = 0;

  /** Records the next request's calls, passed through to the live bindings. */
  record(): Tape {
    this.tape = newTape();
    this.playing = false;
    return this.tape;
  }

  /** Plays `tape` back to the next request. */
  play(tape: Tape): void {
    this.tape = tape;
    this.playing = true;
    this.next = 0;
  }

  /** A live call's answer, recorded; or the recorded answer, played back. */
  async answer<T>(call: () => Promise<T>): Promise<T> {
    if (this.playing) {
      // Fewer calls than recorded is expected (the live run filled the app's caches); more is not.
      if (this.next === this.tape.answers.length) throw new Error('a played-back request made a call its live run did not');
      return this.tape.answers[this.next++] as T;
    }
    // Kept in the order the calls were made, not the order they were answered (some run at once).
    const slot = this.tape.answers.push(undefined) - 1;
    const result = await call();
    this.tape.answers[slot] = result;
    return result;
  }

  get isPlaying(): boolean {
    return this.playing;
  }
}

/** The D1 binding through `deck`. */
export function tapedD1(db: D1Database, deck: Deck): D1Database {
  const wrap = (inner: D1PreparedStatement | undefined): Statement =>
    ({
      inner,
      bind: (...values: unknown[]) => wrap(deck.isPlaying ? undefined : inner!.bind(...values)),
      all: () => deck.answer(() => inner!.all()),
      run: () => deck.answer(() => inner!.run()),
      first: (column?: string) => deck.answer(() => (column ? inner!.first(column) : inner!.first())),
      raw: (options?: { columnNames?: boolean }) => deck.answer(() => inner!.raw(options as never)),
    }) as unknown as Statement;
  return {
    prepare: (sql: string) => wrap(deck.isPlaying ? undefined : db.prepare(sql)),
    batch: (statements: Statement[]) => deck.answer(() => db.batch(statements.map((s) => s.inner!))),
  } as unknown as D1Database;
}

/** The rate limiter through `deck`. */
export const tapedLimiter = (limiter: RateLimit, deck: Deck): RateLimit => ({
  limit: (options) => deck.answer(() => limiter.limit(options)),
});
