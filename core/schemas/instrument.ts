/** The instrument version in a path, as a number. */
import * as v from 'valibot';
import { messageKey } from './messages';

export const VersionParamSchema = v.object({
  version: v.pipe(v.string(), v.regex(/^\d{1,4}$/, messageKey('version')), v.transform(Number)),
});
