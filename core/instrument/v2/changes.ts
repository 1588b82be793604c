/**
 * Every item of version 1 and what became of it in version 2: the change table of
 * docs/instrument.md, kept here as data so a test holds it to both definitions. An id is kept only
 * when the meaning is the same, so a comparison between waves over the ids both versions share
 * compares like with like; a changed meaning always gets a new id.
 *
 * - `same`: identical in both versions.
 * - `reworded`: same meaning, same format and answers; only the words changed (one referent per
 *   section), "don't know" was added (tensions), or the scale is no longer asked as a perception.
 * - `replaced`: gone; `by` holds the version 2 items that ask what it meant to ask.
 * - `dropped`: gone without a successor.
 */
export type ItemChange =
  | { readonly status: 'same' }
  | { readonly status: 'reworded'; readonly why: string }
  | { readonly status: 'replaced'; readonly by: readonly string[]; readonly why: string }
  | { readonly status: 'dropped'; readonly why: string };

const referent = 'one referent: the organisation speaks as "onze organisatie", never "wij"';
const dontKnow = '"don\'t know" added: staff far from the partnership often cannot judge';

/** Version 1 item id → what version 2 does with it. Items not listed here are the same. */
export const changesFromVersion1: Readonly<Record<string, ItemChange>> = {
  'culture.annual_multi_year': {
    status: 'replaced',
    by: ['culture.planning_horizon'],
    why: 'the poles (an annual cycle, plans for three to five years) were not opposites: an organisation can have both',
  },
  'culture.risk_experiment': {
    status: 'reworded',
    why: 'the same scale, no longer asked again as a perception (see perceptions.risk_experiment)',
  },
  'culture.own_societal': { status: 'reworded', why: `${referent} (the poles said "wij" and "we")` },
  'culture.fast_consensus': {
    status: 'replaced',
    by: ['culture.decision_pace', 'culture.decision_participation'],
    why: 'mixed two things: how fast decisions fall, and how many people take part in them',
  },
  'culture.own_shared_ownership': { status: 'reworded', why: `${referent} (the poles said "wij" and "we")` },
  'culture.compete_cooperate': {
    status: 'replaced',
    by: ['culture.competition_coordination'],
    why: 'in a partnership survey "cooperating" is the obviously desirable answer; competition against coordination are both legitimate',
  },
  'values.efficiency': {
    status: 'replaced',
    by: ['values.most_important'],
    why: 'rated one by one, nearly every value came out important',
  },
  'values.effectiveness': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.service_quality': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.fairness': {
    status: 'replaced',
    by: ['values.most_important'],
    why: 'folded equal treatment and tailored help into one; version 2 offers them apart',
  },
  'values.equal_access': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.transparency': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.lawfulness': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.innovation': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.sustainability': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.financial_return': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.employee_development': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'values.inclusion': { status: 'replaced', by: ['values.most_important'], why: 'as efficiency' },
  'readiness.function_clarity_1': { status: 'reworded', why: referent },
  'readiness.organisational_learning_1': { status: 'reworded', why: referent },
  'readiness.organisational_learning_2': {
    status: 'replaced',
    by: ['readiness.organisational_learning_3', 'readiness.organisational_learning_4'],
    why: 'asked whether the organisation keeps its promises, which is not learning',
  },
  'readiness.collaborating_professionals_1': { status: 'reworded', why: referent },
  'readiness.collaborating_professionals_2': { status: 'reworded', why: referent },
  'readiness.accountability_1': { status: 'reworded', why: referent },
  'readiness.accountability_2': { status: 'reworded', why: referent },
  'readiness.urgency_1': { status: 'reworded', why: referent },
  'readiness.urgency_2': {
    status: 'replaced',
    by: ['readiness.urgency_3', 'readiness.urgency_4'],
    why: 'asked a belief about the problem ("it will grow"), not whether the organisation feels it must act now',
  },
  'readiness.shared_horizon_1': { status: 'reworded', why: referent },
  'readiness.trust_in_partners_1': { status: 'reworded', why: referent },
  'readiness.trust_in_partners_2': { status: 'reworded', why: referent },
  'readiness.shared_ownership_1': { status: 'reworded', why: referent },
  'triangle.legitimacy_2': { status: 'reworded', why: 'about the partnership like the other triangle items (it said "we")' },
  'tensions.short_long': { status: 'reworded', why: dontKnow },
  'tensions.public_private': { status: 'reworded', why: dontKnow },
  'tensions.political_administrative': {
    status: 'replaced',
    by: ['tensions.politics_administration'],
    why: 'had drifted to governance against delivery; version 2 asks the political–administrative tension itself',
  },
  'tensions.control_trust': { status: 'reworded', why: dontKnow },
  'tensions.own_shared': { status: 'reworded', why: dontKnow },
  'perceptions.annual_multi_year': { status: 'replaced', by: ['perceptions.planning_horizon'], why: 'mirrors culture.annual_multi_year' },
  'perceptions.own_societal': { status: 'reworded', why: 'mirrors culture.own_societal' },
  'perceptions.risk_experiment': {
    status: 'dropped',
    why: 'four perceptions instead of five keep all sections within 15 minutes; how partners see each other on risk is closest to how they see each other on the pace of decisions',
  },
  'perceptions.fast_consensus': { status: 'replaced', by: ['perceptions.decision_pace'], why: 'mirrors culture.fast_consensus' },
};
