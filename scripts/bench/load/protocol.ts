/**
 * The respondent protocol of the load bench, the same for every Worker it runs against: each
 * respondent opens their link, saves growing drafts and submits, all respondents at once. What a
 * Worker must answer is a `Target`; the figures are measured here, by the client, alike for both.
 */
import type { Answers } from '../../../core/instrument/types';

/** One respondent's requests, as a Worker under test answers them. */
export interface RespondentClient {
  open(): Promise<Response>;
  draft(body: Envelope): Promise<Response>;
  submit(body: Envelope): Promise<Response>;
}

/** What the respondent sends with a draft or a submit. */
export interface Envelope {
  readonly submissionId: string;
  readonly language: 'nl';
  readonly answers: Answers;
}

export interface Respondent {
  readonly client: RespondentClient;
  readonly answers: Answers;
}

/** Draft saves per respondent before the submit, each with more of the answers. */
export const DRAFT_SAVES = 3;

/** What draft save number `save` (1 … DRAFT_SAVES) sends: the first part of the answers, growing with each. */
export function draftAnswers(answers: Answers, save: number): Answers {
  const keys = Object.keys(answers);
  return Object.fromEntries(keys.slice(0, Math.ceil((keys.length * save) / (DRAFT_SAVES + 1))).map((k) => [k, answers[k]!]));
}

export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export function summary(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 };
}

export interface ProtocolFigures {
  readonly requests: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly draft: Summary;
  readonly submit: Summary;
  /** Every draft save's and submit's latency (ms), for figures over several runs. */
  readonly times: { readonly draft: readonly number[]; readonly submit: readonly number[] };
  /** Status code → count; requests that got no response at all are counted under 0. */
  readonly statuses: ReadonlyMap<number, number>;
  readonly serverErrors: number;
  /** Requests that got no response (the connection failed or was reset). */
  readonly unanswered: number;
  /** The first few 5xx bodies and network errors, distinct, to say what they were. */
  readonly failures: readonly string[];
  /** Submits answered 201 (stored now). */
  readonly accepted: number;
}

/** Runs every respondent at once and measures latency per request as the client sees it. */
export async function runProtocol(respondents: readonly Respondent[], runId: string): Promise<ProtocolFigures> {
  const draftTimes: number[] = [];
  const submitTimes: number[] = [];
  const statuses = new Map<number, number>();
  const failures = new Set<string>();
  let accepted = 0;
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const timed = async (into: number[] | undefined, call: () => Promise<Response>): Promise<number> => {
    const started = performance.now();
    try {
      const res = await call();
      // The whole body is part of the answer's time.
      const body = await res.text();
      into?.push(performance.now() - started);
      count(res.status);
      if (res.status >= 500) failures.add(`${res.status} ${body.slice(0, 160)}`);
      return res.status;
    } catch (error) {
      into?.push(performance.now() - started);
      count(0);
      failures.add(`no response: ${String((error as Error).cause ?? error)}`);
      return 0;
    }
  };

  const one = async ({ client, answers }: Respondent, index: number) => {
    await timed(undefined, () => client.open());
    const submissionId = `${runId}x${index}x${crypto.randomUUID().replaceAll('-', '')}`;
    for (let save = 1; save <= DRAFT_SAVES; save++) {
      await timed(draftTimes, () => client.draft({ submissionId, language: 'nl', answers: draftAnswers(answers, save) }));
    }
    if ((await timed(submitTimes, () => client.submit({ submissionId, language: 'nl', answers }))) === 201) accepted++;
  };

  const started = performance.now();
  await Promise.all(respondents.map(one));
  const seconds = (performance.now() - started) / 1000;
  const requests = [...statuses.values()].reduce((a, b) => a + b, 0);
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    draft: summary(draftTimes),
    submit: summary(submitTimes),
    times: { draft: draftTimes, submit: submitTimes },
    statuses,
    serverErrors: [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0),
    unanswered: statuses.get(0) ?? 0,
    failures: [...failures].slice(0, 5),
    accepted,
  };
}
