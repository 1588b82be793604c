/**
 * The instrument is public: respondents and works councils can read every question a survey asks.
 */
import { Hono } from 'hono';
import { currentInstrument, getInstrument } from '../../core/instrument';
import { VersionParamSchema } from '../../core/schemas/instrument';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';

export const instrumentRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.json({ current: currentInstrument.version }))
  .get('/:version', validate('param', VersionParamSchema), (c) => {
    const instrument = getInstrument(c.req.valid('param').version);
    if (!instrument) {
      throw new ApiError(404, 'instrument_not_found', {
        nl: 'Deze versie van de vragenlijst bestaat niet.',
        en: 'This version of the questionnaire does not exist.',
      });
    }
    // A published version never changes: a phone that has it never asks again (a resumed survey
    // opens without waiting for it).
    c.header('cache-control', 'public, max-age=31536000, immutable');
    return c.json(instrument);
  });
