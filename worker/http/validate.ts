/**
 * Request validation with valibot (through Standard Schema), wired into Hono so the typed client
 * (Hono RPC) knows every body and parameter. A failure becomes a 400 in the API's error shape that
 * names each field in words, in the request's language (core/schemas/messages.ts), exactly as the
 * organiser's forms word it before sending.
 */
import { sValidator } from '@hono/standard-validator';
import type { ValidationTargets } from 'hono';
import * as v from 'valibot';
import { type FieldIssue, fieldIssues, issuesText, issueText } from '../../core/schemas/messages';
import { ApiError } from './errors';

/** A 400 for valibot issues: each names its field, in both languages; `code` says what kind of refusal. */
export function invalidRequest(issues: readonly v.BaseIssue<unknown>[], code = 'invalid_request'): ApiError {
  return invalidFields(fieldIssues(issues), code);
}

/** A 400 for problems found beyond the schema (a value the stored data rules out), worded as the schema's are. */
export function invalidFields(described: readonly FieldIssue[], code = 'invalid_request'): ApiError {
  return new ApiError(
    400,
    code,
    { nl: issuesText(described, 'nl'), en: issuesText(described, 'en') },
    described.map((issue) => ({
      itemId: issue.path,
      code: issue.key,
      message: { nl: issueText(issue, 'nl'), en: issueText(issue, 'en') },
    })),
  );
}

export function validate<Target extends keyof ValidationTargets, Schema extends v.GenericSchema>(target: Target, schema: Schema) {
  return sValidator(target, schema, (result) => {
    if (result.success) return;
    // Standard Schema passes on only a message and a path; valibot's own issues also say which
    // rule failed and its limit, which the words need. Parsing again happens only for a refusal.
    throw invalidRequest(v.safeParse(schema, result.data).issues ?? []);
  });
}
