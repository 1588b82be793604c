/**
 * The report model of a release, kept per isolate: building it from a release's rows costs
 * parsing them (about 770 kB of counters at 20 partners) and the analysis, several milliseconds of
 * CPU, while a reader opens the overview, then its figures, then a partner or a pair, all of the
 * same release.
 *
 * Why a kept model is never stale: `buildReport` is a pure function of its input, and the key
 * holds every part of that input but the counters, as read for this request (the survey's k and
 * sections, the instrument version, every partner's name, visibility mark, expected staff and
 * uncapped open links, the partnership's function, the stated facts), together with the survey and
 * the release's sequence number. The counters are fixed by those two: released rows are written
 * only in the batch that adds the release with the next sequence number (worker/store/releases.ts:
 * a new release, or the `deleted` release that ends them), so a survey's rows under one sequence
 * number never change, and a new release is a new key. Anything else that changes (a partner
 * renamed or marked, a link issued, a fact stated) changes the key. The model does not depend on
 * the reader's language (the partnership's name and the release line do, and are built per
 * request), nor on who reads it: every scope that may read the report gets the same model.
 */
import type { Report, ReportInput } from '../analysis';

/** Models kept per isolate, the least recently used going first: each is about 0.7 MB of memory at 20 partners. */
export const MODELS_KEPT = 8;

const models = new Map<string, Report>();

/** The key of a survey's model at a release (see the module comment); `input.stats` is left out. */
export function modelKey(surveyId: string, sequence: number, input: ReportInput): string {
  const { stats: _stats, instrument, facts, ...rest } = input;
  return JSON.stringify([surveyId, sequence, instrument.version, rest, facts ? [...facts] : null]);
}

/** The kept model under `key`, or undefined. */
export function keptModel(key: string): Report | undefined {
  const model = models.get(key);
  if (model) {
    // Most recently used last.
    models.delete(key);
    models.set(key, model);
  }
  return model;
}

/** Keeps a model under `key`, letting the least recently used go past MODELS_KEPT. */
export function keepModel(key: string, model: Report): void {
  models.delete(key);
  models.set(key, model);
  for (const oldest of models.keys()) {
    if (models.size <= MODELS_KEPT) break;
    models.delete(oldest);
  }
}

/** Lets every kept model go, as a new isolate starts: for tests and benchmarks of what such an isolate serves. */
export function forgetKeptModels(): void {
  models.clear();
}
