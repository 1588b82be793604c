/**
 * The organiser page's data, typed from the API itself (Hono RPC).
 */
import type { InferResponseType } from 'hono/client';
import type { Api } from '../../lib/api';

export type Overview = InferResponseType<Api['organiser']['$get'], 200>;
export type OverviewSurvey = Overview['surveys'][number];
export type OverviewPartner = Overview['partners'][number];
export type OverviewLink = Overview['links'][number];
export type Progress = InferResponseType<Api['organiser']['surveys'][':surveyId']['progress']['$get'], 200>;
export type NewLinkRequest = Parameters<Api['organiser']['links']['$post']>[0]['json'];
export type IssuedLink = InferResponseType<Api['organiser']['links']['$post'], 201>['links'][number];
export type AuditEvent = InferResponseType<Api['organiser']['audit']['$get'], 200>['events'][number];
export type MailAnswer = InferResponseType<Api['organiser']['surveys'][':surveyId']['mail']['$post'], 200>;
