/**
 * Request validation with valibot, wired into Hono's validator so the typed client (Hono RPC) knows
 * every body and parameter. A failure becomes a 400 in the API's error shape, naming each field.
 */
import { validator } from 'hono/validator';
import type { ValidationTargets } from 'hono';
import * as v from 'valibot';
import { ApiError } from './errors';

export function validate<Target extends keyof ValidationTargets, Schema extends v.GenericSchema>(target: Target, schema: Schema) {
  return validator(target, (value) => {
    const result = v.safeParse(schema, value, { abortEarly: false });
    if (result.success) return result.output as v.InferOutput<Schema>;
    const issues = result.issues.map((i) => {
      const field = v.getDotPath(i) ?? '';
      return { itemId: field, code: 'invalid', message: { nl: `${field || 'verzoek'}: ${i.message}`, en: `${field || 'request'}: ${i.message}` } };
    });
    throw new ApiError(
      400,
      'invalid_request',
      { nl: 'Het verzoek klopt niet: ' + issues.map((i) => i.message.nl).join('; '), en: 'The request is not valid: ' + issues.map((i) => i.message.en).join('; ') },
      issues,
    );
  });
}
