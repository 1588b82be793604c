/**
 * A respondent answering through their link as the respondent app would send it, for tests about
 * what organisers see once someone has answered.
 */
import { expect } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api } from '../../scripts/local/api';

/** One complete response through a respondent link on the platform at `baseUrl`. */
export async function answerWith(baseUrl: string, secret: string, seed: number) {
  const client = api(baseUrl, secret);
  const context = await (await client.respond.$get()).json();
  const answers = syntheticAnswers({
    instrument: currentInstrument,
    sections: context.survey.sections,
    otherPartnerIds: context.otherPartners.map((p) => p.id),
    random: seededRandom(seed),
  });
  const res = await client.respond.submit.$post({ json: { submissionId: `browser-${seed}-${Date.now()}`, language: 'nl', answers } });
  expect(res.status).toBe(201);
}
