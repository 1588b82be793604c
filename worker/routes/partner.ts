/**
 * The partner contact's view: its own organisation's response rate and respondent links, nothing
 * about any other partner. Read-only.
 */
import { Hono } from 'hono';
import { effectiveMinGroupSize } from '../../core/confidentiality';
import { requireLink } from '../access/middleware';
import type { AppEnv } from '../env';
import { listRespondentLinks } from '../store/links';
import { getPartnership, surveyIsOpen } from '../store/partnerships';
import { surveyProgress } from '../store/progress';

export const partnerRoutes = new Hono<AppEnv>().use(requireLink('partner_contact')).get('/', async (c) => {
  const link = c.get('link');
  const db = c.get('db');
  const found = await getPartnership(db, link.partnershipId);
  const partner = found?.partners.find((p) => p.id === link.partnerId);
  if (!found || !partner) throw new Error(`partner-contact link ${link.id} points at a missing partnership or partner`);
  // A link made for one survey shows that survey only; otherwise every survey of the partnership.
  const surveys = found.surveys.filter((s) => !link.surveyId || s.id === link.surveyId);
  const [progress, links] = await Promise.all([
    Promise.all(surveys.map(async (s) => (await surveyProgress(db, s.id, [partner]))[0]!)),
    listRespondentLinks(db, link.partnershipId, partner.id),
  ]);
  return c.json({
    partnership: { name: found.partnership.name, challenge: found.partnership.challenge },
    partner: { id: partner.id, name: partner.name, expectedStaff: partner.expectedStaff },
    surveys: surveys.map((s, i) => ({
      id: s.id,
      title: s.title,
      opensOn: s.opensOn,
      closesOn: s.closesOn,
      minGroupSize: effectiveMinGroupSize(s.minGroupSize),
      isOpen: surveyIsOpen(s),
      progress: progress[i]!,
    })),
    links: links.filter((l) => !link.surveyId || l.surveyId === link.surveyId),
  });
});
