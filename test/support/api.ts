/**
 * The typed API client (Hono RPC) against a running local server, for tests and benchmarks that
 * set up data the way an organiser would.
 */
import { hc } from 'hono/client';
import type { AppType } from '../../worker/app';
import type { SectionId } from '../../worker/instrument/types';

export function api(baseUrl: string, secret?: string, language: 'nl' | 'en' = 'nl') {
  return hc<AppType>(baseUrl, { headers: { 'accept-language': language, ...(secret ? { authorization: `Bearer ${secret}` } : {}) } }).api;
}

/** A partnership with the given partners and an open survey; returns ids and the organiser secret. */
export async function createPartnership(baseUrl: string, options: { partners?: string[]; sections?: SectionId[]; minGroupSize?: number } = {}) {
  const partners = options.partners ?? ['Gemeente Rivierstad', 'Zorggroep De Linde', 'Bouwbedrijf Van Dam'];
  const res = await api(baseUrl).partnerships.$post({
    json: {
      partnership: { name: 'Werk in de wijk', challenge: 'Meer mensen aan het werk', collaborationFunction: 'operational_alignment', horizon: '2030' },
      partners: partners.map((name, i) => ({ name, sector: (['public', 'civil_society', 'private'] as const)[i % 3]!, expectedStaff: null, shownAsOrganisation: false })),
      survey: { title: 'Nulmeting', sections: options.sections ?? ['drives', 'culture', 'values', 'readiness'], languages: ['nl', 'en'], minGroupSize: options.minGroupSize ?? 3, closesOn: null, retainUntil: null },
    },
  });
  if (res.status !== 201) throw new Error(`creating a partnership failed: ${res.status} ${await res.text()}`);
  const created = await res.json();
  return { ...created, surveyId: created.surveyId! };
}

export async function issueLinks(baseUrl: string, organiserSecret: string, json: Parameters<ReturnType<typeof api>['organiser']['links']['$post']>[0]['json']) {
  const res = await api(baseUrl, organiserSecret).organiser.links.$post({ json });
  if (res.status !== 201) throw new Error(`issuing links failed: ${res.status} ${await res.text()}`);
  return (await res.json()).links;
}
