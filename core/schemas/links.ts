import * as v from 'valibot';
import { linkScopes } from '../links';
import { messageKey } from './messages';
import { wellFormed } from './partnership';

export const MAX_LINKS_PER_REQUEST = 500;

/** The most respondent links one survey can have, over all requests. */
export const MAX_LINKS_PER_SURVEY = 10_000;

/** The most links that open no survey (organiser, report, partner contact) one partnership can have. */
export const MAX_OTHER_LINKS_PER_PARTNERSHIP = 200;

export const NewLinksSchema = v.pipe(
  v.object({
    scope: v.picklist(linkScopes),
    /**
     * The survey a respondent link answers. A report or lead link made with one reads that wave
     * only; without one, every wave of the partnership (docs/design.md §3).
     */
    surveyId: v.optional(v.pipe(v.string(), v.uuid())),
    partnerId: v.optional(v.pipe(v.string(), v.uuid())),
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_LINKS_PER_REQUEST)), 1),
    /**
     * An open link's cap. Left out: the partner's expected staff minus what its links can take
     * already. `null`: no cap at all, by explicit choice (answered with a warning).
     */
    maxUses: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)))),
    label: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120), wellFormed)),
  }),
  v.check(
    (l) => !l.scope.startsWith('respondent') || (l.surveyId !== undefined && l.partnerId !== undefined),
    messageKey('respondent_link_target'),
  ),
  v.check((l) => l.scope !== 'partner_contact' || l.partnerId !== undefined, messageKey('contact_link_partner')),
  // A hand-over: each organiser link is someone's, named so the audit list can say who did what.
  v.forward(
    v.partialCheck([['scope'], ['label']], (l) => l.scope !== 'organiser' || (l.label ?? '') !== '', messageKey('organiser_link_label')),
    ['label'],
  ),
  v.forward(
    v.partialCheck([['scope'], ['count']], (l) => l.scope !== 'organiser' || l.count === 1, messageKey('one_organiser_link')),
    ['count'],
  ),
);

const LinkIdSchema = v.pipe(v.string(), v.uuid());

export const LinkIdParamSchema = v.object({ id: LinkIdSchema });

/** Links to show again (an open link and its QR code, personal links for a mail merge): their ids. */
export const ShowLinksSchema = v.object({
  ids: v.pipe(v.array(LinkIdSchema), v.minLength(1), v.maxLength(MAX_LINKS_PER_REQUEST)),
});
