/**
 * Request validation with valibot (through Standard Schema), wired into Hono so the typed client
 * (Hono RPC) knows every body and parameter. A failure becomes a 400 in the API's error shape that
 * names each field.
 */
import { sValidator } from '@hono/standard-validator';
import type { ValidationTargets } from 'hono';
import type { GenericSchema } from 'valibot';
import { ApiError } from './errors';

const fieldOf = (path: readonly (PropertyKey | { key: PropertyKey })[] | undefined) =>
  (path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');

export function validate<Target extends keyof ValidationTargets, Schema extends GenericSchema>(target: Target, schema: Schema) {
  return sValidator(target, schema, (result) => {
    if (result.success) return;
    const issues = result.error.map((issue) => {
      const field = fieldOf(issue.path);
      return {
        itemId: field,
        code: 'invalid',
        message: { nl: `${field || 'verzoek'}: ${issue.message}`, en: `${field || 'request'}: ${issue.message}` },
      };
    });
    throw new ApiError(
      400,
      'invalid_request',
      {
        nl: `Het verzoek klopt niet: ${issues.map((i) => i.message.nl).join('; ')}`,
        en: `The request is not valid: ${issues.map((i) => i.message.en).join('; ')}`,
      },
      issues,
    );
  });
}
