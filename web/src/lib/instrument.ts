/**
 * The instrument as the web app reads it: a published version, fetched through the typed client.
 * The route answers the definition itself (`c.json(instrument)`), so the body's inferred type is
 * the Instrument: typed once, here, without a cast.
 */
import type { Instrument } from '../../../core/instrument/types';
import { type Api, readError } from './api';

/** One published version; throws with the API's message (in the client's language) when it cannot be read. */
export async function fetchInstrument(api: Api, version: number): Promise<Instrument> {
  const res = await api.instrument[':version'].$get({ param: { version: String(version) } });
  if (!res.ok) throw new Error((await readError(res)).message);
  return res.json();
}

/** The version new surveys open with. */
export async function fetchCurrentInstrument(api: Api): Promise<Instrument> {
  const res = await api.instrument.$get();
  if (!res.ok) throw new Error((await readError(res)).message);
  const { current } = await res.json();
  return fetchInstrument(api, current);
}
