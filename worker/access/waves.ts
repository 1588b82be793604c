/**
 * Which waves (surveys) of its partnership a link may read (docs/design.md §3): an organiser link
 * every wave; a report or lead link made for one survey that wave only; one made for the partnership
 * every wave. Each wave's figures come from its own release under its own rules, so reading several
 * waves shows nothing a reader of each could not see (docs/confidentiality.md).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import type { CapabilityLink } from '../store/links';
import { getPartnership, type Survey } from '../store/partnerships';

/** The waves the link may read, in wave order (`getPartnership`'s). */
export function readableWaves(link: Pick<CapabilityLink, 'scope' | 'surveyId'>, surveys: readonly Survey[]): Survey[] {
  if (link.scope === 'organiser' || link.surveyId === null) return [...surveys];
  return surveys.filter((survey) => survey.id === link.surveyId);
}

/** The link's partnership, its partners, its waves in order, and the waves the link may read. */
export async function linkPartnership(c: Context<AppEnv>) {
  const link = c.get('link');
  const db = c.get('db');
  const found = await getPartnership(db, link.partnershipId);
  if (!found) throw new Error(`link ${link.id} points at a missing partnership`);
  return { db, link, ...found, waves: readableWaves(link, found.surveys) };
}

export type LinkPartnership = Awaited<ReturnType<typeof linkPartnership>>;

export const waveNotFound = () =>
  new ApiError(404, 'survey_not_found', {
    nl: 'Deze vragenlijst is er niet (voor deze link).',
    en: 'This survey does not exist (for this link).',
  });

/** The wave with this id if the link may read it (the latest it may read when none is named); any other answers as missing. */
export function readableWave(found: Pick<LinkPartnership, 'waves'>, wanted: string | undefined): Survey {
  const survey = wanted ? found.waves.find((s) => s.id === wanted) : found.waves.at(-1);
  if (!survey) throw waveNotFound();
  return survey;
}

/** A wave as a reader is told of it: its title and days (YYYY-MM-DD; the page says them in the reader's language). */
export const waveSummary = (survey: Survey) => ({
  id: survey.id,
  title: survey.title,
  instrumentVersion: survey.instrumentVersion,
  opensOn: survey.opensOn,
  closesOn: survey.closesOn,
});
