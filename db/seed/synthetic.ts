/**
 * Synthetic but plausible answers: a partner's `profile` pulls its answers towards a position, so
 * the demo shows real alignment and real fault lines instead of noise.
 *
 * Why it lives here: it is seed data. The demo seed (`npm start`) is what it exists for; the
 * integration, system and browser tests and the benchmarks reuse it when they need many complete
 * responses (volume, property tests), and import it from here as they import the schema. The pure
 * code's own tests (core/, worker/) never import it: a rule is tested with hand-written answers,
 * so a failure names the rule, not a seed of a random generator.
 */
import { surveyItems } from '../../core/instrument';
import type { Answers, AnswerValue, Instrument, SectionId } from '../../core/instrument/types';
import { allowsDontKnow, scalePoints } from '../../core/instrument/types';

/** A seeded pseudo-random generator (mulberry32), so demo data and fixtures are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Where a partner leans: per item id, a preferred position on that item's scale (or, for an
 * allocation, weights per option; for a multi-select, the chance of choosing each option).
 */
export type Profile = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

export interface SyntheticOptions {
  readonly instrument: Instrument;
  readonly sections: readonly SectionId[];
  readonly otherPartnerIds: readonly string[];
  readonly profile?: Profile;
  /** Views of the other partners: per partner id, a profile for the perception items. */
  readonly perceptionProfiles?: Readonly<Record<string, Profile>>;
  readonly random: () => number;
  /** Share of optional items left unanswered. */
  readonly skipOptional?: number;
  /**
   * How much of a person's spread on a multi-item scale (a readiness factor, a side of the triangle)
   * is their own level, shared by the scale's statements (0 to 1; 0, the default, draws every
   * statement on its own). Real people answer the statements of one factor alike; with 0 the
   * statements do not go together and a factor's reliability is nil.
   */
  readonly coherence?: number;
}

/**
 * A random position anywhere on each scale item's range: where a partner (or a whole partnership
 * drawn from one distribution) leans, for the tests and benchmarks.
 */
export function randomProfile(instrument: Instrument, sections: readonly SectionId[], random: () => number): Record<string, number> {
  const profile: Record<string, number> = {};
  for (const item of surveyItems(instrument, sections)) {
    if (item.format === 'bipolar' || item.format === 'importance' || item.format === 'agreement' || item.format === 'intensity') {
      profile[item.id] = 1 + random() * (scalePoints[item.format] - 1);
    }
  }
  return profile;
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(1, Math.round(value)));

/** A spread around 0 (the sum of three uniform draws): most answers near the centre, a few a point or two off. */
const spread = (points: number, random: () => number) => (random() + random() + random() - 1.5) * (points / 4);

function scaleAnswer(points: number, preferred: number | undefined, random: () => number, noise = 1): number {
  const centre = preferred ?? 1 + random() * (points - 1);
  return clamp(centre + spread(points, random) * noise, points);
}

function allocation(
  options: readonly { id: string }[],
  weights: Readonly<Record<string, number>> | undefined,
  random: () => number,
): Record<string, number> {
  const raw = options.map((o) => (weights?.[o.id] ?? 1) * (0.5 + random()));
  const total = raw.reduce((a, b) => a + b, 0);
  const points = raw.map((r) => Math.floor((r / total) * 100));
  let left = 100 - points.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % points.length, left--) points[i]! += 1;
  return Object.fromEntries(options.map((o, i) => [o.id, points[i]!]).filter(([, p]) => p !== 0));
}

/** `count` options drawn without replacement, each as likely as its weight (1 when not given). */
function pickWeighted(
  options: readonly { id: string }[],
  weights: Readonly<Record<string, number>>,
  count: number,
  random: () => number,
): string[] {
  const left = [...options];
  const chosen: string[] = [];
  while (chosen.length < count && left.length > 0) {
    const total = left.reduce((sum, o) => sum + (weights[o.id] ?? 1), 0);
    let pick = random() * total;
    let at = 0;
    while (at < left.length - 1 && pick >= (weights[left[at]!.id] ?? 1)) {
      pick -= weights[left[at]!.id] ?? 1;
      at += 1;
    }
    chosen.push(left.splice(at, 1)[0]!.id);
  }
  return chosen;
}

/** Where "don't know" is an answer, a few people give it. */
const DONT_KNOW_SHARE = 0.04;

/** One complete, valid response for the given sections. */
export function syntheticAnswers(options: SyntheticOptions): Answers {
  const { random, profile = {}, coherence = 0 } = options;
  const answers: Record<string, AnswerValue> = {};
  // A person's own level per multi-item scale, drawn when the scale's first statement comes up.
  const levels = new Map<string, number>();
  const level = (key: string, points: number) => {
    if (!levels.has(key)) levels.set(key, spread(points, random) * Math.sqrt(coherence));
    return levels.get(key)!;
  };
  for (const item of surveyItems(options.instrument, options.sections)) {
    if (!item.required && random() < (options.skipOptional ?? 0)) continue;
    const lean = profile[item.id];
    if (allowsDontKnow(item) && random() < DONT_KNOW_SHARE) {
      answers[item.id] = 'dont_know';
      continue;
    }
    switch (item.format) {
      case 'bipolar':
      case 'importance':
      case 'intensity':
      case 'agreement': {
        const points = scalePoints[item.format];
        const scale =
          item.format === 'agreement' && coherence > 0
            ? 'factor' in item.tags
              ? item.tags.factor
              : 'side' in item.tags
                ? item.tags.side
                : null
            : null;
        answers[item.id] =
          scale === null
            ? scaleAnswer(points, typeof lean === 'number' ? lean : undefined, random)
            : scaleAnswer(
                points,
                (typeof lean === 'number' ? lean : (points + 1) / 2) + level(scale, points),
                random,
                Math.sqrt(1 - coherence),
              );
        break;
      }
      case 'allocation':
        answers[item.id] = allocation(item.options, typeof lean === 'object' ? lean : undefined, random);
        break;
      case 'multi_select': {
        const chances = typeof lean === 'object' ? lean : {};
        answers[item.id] =
          item.choose === undefined
            ? item.options.filter((o) => random() < (chances[o.id] ?? 0.25)).map((o) => o.id)
            : pickWeighted(item.options, chances, item.choose, random);
        break;
      }
      case 'single_choice':
        answers[item.id] = pickWeighted(item.options, typeof lean === 'object' ? lean : {}, 1, random)[0]!;
        break;
      case 'text':
        break; // free text comes from the caller: synthetic prose would only be noise
      case 'perception':
        answers[item.id] = Object.fromEntries(
          options.otherPartnerIds.map((id) => {
            const view = options.perceptionProfiles?.[id]?.[item.mirrors];
            return [id, scaleAnswer(7, typeof view === 'number' ? view : undefined, random)];
          }),
        );
        break;
    }
  }
  return answers;
}
