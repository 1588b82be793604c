/**
 * Agreements on a wave's findings (what, who, by when). Every link that reads the report reads the
 * agreements of the waves it may read: those made on the wave, and those made on the wave before it,
 * which the report shows beside the change on each finding. Only organiser and lead links record,
 * change and remove them (docs/design.md §3); a report link is told it only reads.
 */
import { Hono } from 'hono';
import { getInstrument, surveyItems } from '../../core/instrument';
import { findingInItems } from '../../core/instrument/findings';
import { agreementScopes, reportScopes } from '../../core/links';
import {
  AgreementChangeSchema,
  AgreementIdParamSchema,
  AgreementQuerySchema,
  MAX_AGREEMENTS_PER_WAVE,
  NewAgreementSchema,
} from '../../core/schemas/agreements';
import { requireLink } from '../access/middleware';
import { type LinkPartnership, linkPartnership, readableWave, waveSummary } from '../access/waves';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { invalidFields, validate } from '../http/validate';
import { addAgreement, deleteAgreement, findAgreement, listAgreements, updateAgreement } from '../store/agreements';

const readOnly = () =>
  new ApiError(403, 'read_only_link', {
    nl: 'Met deze link kunt u het rapport lezen, maar geen afspraken vastleggen. Vraag de organisator om een link voor de voorzitter.',
    en: 'This link reads the report but cannot record agreements. Ask the organiser for a lead link.',
  });

const agreementNotFound = () =>
  new ApiError(404, 'agreement_not_found', {
    nl: 'Deze afspraak is er niet (meer), of hoort bij een meting die u met deze link niet kunt lezen.',
    en: 'This agreement does not exist (any more), or belongs to a wave this link cannot read.',
  });

/** The link's partnership, once the link may record agreements. */
async function recorder(c: Parameters<typeof linkPartnership>[0]): Promise<LinkPartnership> {
  if (!(agreementScopes as readonly string[]).includes(c.get('link').scope)) throw readOnly();
  return linkPartnership(c);
}

/** The agreement with this id, when it is on a wave the link may read. */
async function ownAgreement(found: LinkPartnership, id: string) {
  const agreement = await findAgreement(found.db, found.link.partnershipId, id);
  if (!agreement || !found.waves.some((s) => s.id === agreement.surveyId)) throw agreementNotFound();
  return agreement;
}

export const agreementRoutes = new Hono<AppEnv>()
  .use(requireLink(...reportScopes))
  .get('/', validate('query', AgreementQuerySchema), async (c) => {
    const found = await linkPartnership(c);
    const wave = readableWave(found, c.req.valid('query').surveyId);
    const previous = found.waves[found.waves.indexOf(wave) - 1];
    const all = await listAgreements(found.db, previous ? [previous.id, wave.id] : [wave.id]);
    return c.json({
      agreements: all.filter((a) => a.surveyId === wave.id),
      // The wave before, as far as this link may read: its agreements are what the partners set out to change.
      previous: previous ? { survey: waveSummary(previous), agreements: all.filter((a) => a.surveyId === previous.id) } : null,
    });
  })
  .post('/', validate('json', NewAgreementSchema), async (c) => {
    const found = await recorder(c);
    const body = c.req.valid('json');
    const wave = readableWave(found, body.surveyId);
    const instrument = getInstrument(wave.instrumentVersion);
    if (!instrument) throw new Error(`survey ${wave.id} uses unknown instrument version ${wave.instrumentVersion}`);
    if (!findingInItems(surveyItems(instrument, wave.sections), body.finding)) {
      throw invalidFields([{ path: 'finding.key', key: 'unknown_finding' }]);
    }
    const { finding, action, owner, dueOn } = body;
    const agreement = await addAgreement(
      found.db,
      {
        partnershipId: found.link.partnershipId,
        surveyId: wave.id,
        findingKind: finding.kind,
        findingKey: finding.key,
        action,
        owner,
        dueOn,
      },
      MAX_AGREEMENTS_PER_WAVE,
    );
    if (!agreement) {
      throw new ApiError(409, 'too_many_agreements', {
        nl: `Deze meting heeft al ${MAX_AGREEMENTS_PER_WAVE} afspraken, het maximum. Verwijder afspraken die niet meer gelden.`,
        en: `This wave already has ${MAX_AGREEMENTS_PER_WAVE} agreements, the maximum. Remove agreements that no longer apply.`,
      });
    }
    return c.json({ agreement }, 201);
  })
  .patch('/:id', validate('param', AgreementIdParamSchema), validate('json', AgreementChangeSchema), async (c) => {
    const found = await recorder(c);
    const agreement = await ownAgreement(found, c.req.valid('param').id);
    const change = Object.fromEntries(Object.entries(c.req.valid('json')).filter(([, value]) => value !== undefined));
    return c.json({ agreement: await updateAgreement(found.db, agreement.id, change) });
  })
  .delete('/:id', validate('param', AgreementIdParamSchema), async (c) => {
    const found = await recorder(c);
    const agreement = await ownAgreement(found, c.req.valid('param').id);
    await deleteAgreement(found.db, agreement.id);
    return c.json({ deleted: true as const });
  });
