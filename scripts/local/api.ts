/**
 * The typed API client (Hono RPC) against a running local server, and setting up a partnership the
 * way an organiser would. Here, next to server.ts, because the system and browser tests and the
 * benchmarks all use it (a benchmark never imports from test/).
 */
import { hc } from 'hono/client';
import { type SectionId, sectionIds } from '../../core/instrument/types';
import type { AppType } from '../../worker/app';

/**
 * A client from an address of its own, as a different person would be (the local server takes the
 * address a request names): the rate limits count per address.
 */
export function api(baseUrl: string, secret?: string, language: 'nl' | 'en' = 'nl') {
  const address = `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`;
  return hc<AppType>(baseUrl, {
    headers: { 'accept-language': language, 'cf-connecting-ip': address, ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
  }).api;
}

export interface PartnershipOptions {
  readonly partners?: readonly string[];
  readonly sections?: readonly SectionId[];
  readonly minGroupSize?: number;
  /** The first partner is "shown as the organisation's position" (so one response shows in the report). */
  readonly firstShownAsOrganisation?: boolean;
  /** A survey whose closing date has passed. */
  readonly closed?: boolean;
  /** The challenge in Dutch (a default one otherwise). */
  readonly challenge?: string;
  /** The name and challenge in English (none otherwise). */
  readonly english?: { readonly nameEn: string; readonly challengeEn: string };
}

/** A partnership with the given partners and a survey; returns ids and the organiser secret. */
export async function createPartnership(baseUrl: string, options: PartnershipOptions = {}) {
  const partners = options.partners ?? ['Gemeente Rivierstad', 'Zorggroep De Linde', 'Bouwbedrijf Van Dam'];
  const res = await api(baseUrl).partnerships.$post({
    json: {
      partnership: {
        name: 'Werk in de wijk',
        challenge: options.challenge ?? 'Meer mensen aan het werk',
        ...options.english,
        collaborationFunction: 'operational_alignment',
        horizon: '2030',
      },
      partners: partners.map((name, i) => ({
        name,
        sector: (['public', 'civil_society', 'private'] as const)[i % 3]!,
        expectedStaff: null,
        shownAsOrganisation: i === 0 && options.firstShownAsOrganisation === true,
      })),
      survey: {
        title: 'Nulmeting',
        sections: [...(options.sections ?? ['drives', 'culture', 'values', 'readiness'])],
        languages: ['nl', 'en'],
        minGroupSize: options.minGroupSize ?? 3,
        ...(options.closed ? { opensOn: '2020-01-01', closesOn: '2020-01-31' } : { closesOn: null }),
        retainUntil: null,
      },
    },
  });
  if (res.status !== 201) throw new Error(`creating a partnership failed: ${res.status} ${await res.text()}`);
  const created = await res.json();
  return { ...created, surveyId: created.surveyId! };
}

export async function issueLinks(
  baseUrl: string,
  organiserSecret: string,
  json: Parameters<ReturnType<typeof api>['organiser']['links']['$post']>[0]['json'],
) {
  const res = await api(baseUrl, organiserSecret).organiser.links.$post({ json });
  if (res.status !== 201) throw new Error(`issuing links failed: ${res.status} ${await res.text()}`);
  return (await res.json()).links;
}

/** A partnership with every section and an open link for its first partner: the page a benchmark's respondent opens. */
export async function respondentPage(baseUrl: string): Promise<string> {
  const partnership = await createPartnership(baseUrl, { sections: [...sectionIds] });
  const [link] = await issueLinks(baseUrl, partnership.organiserSecret, {
    scope: 'respondent_open',
    surveyId: partnership.surveyId,
    partnerId: partnership.partnerIds[0]!,
    count: 1,
    maxUses: null,
  });
  return `${baseUrl}/respond#${link!.secret}`;
}
