/**
 * The organiser's API and its capability scopes: what each kind of link can and cannot do, across
 * partnerships; survey settings and progress. (Deleting responses and the retention run:
 * retention.test.ts; the figures export: figures-export.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';
import { answersFor, countRows, respond } from './stored';

const sections = ['drives', 'culture', 'values', 'readiness'] as const;

/** Issues one link of the given scope and returns its secret and id. */
async function issue(organiserSecret: string, json: Parameters<ReturnType<typeof client>['organiser']['links']['$post']>[0]['json']) {
  const res = await client(organiserSecret).organiser.links.$post({ json });
  expect(res.status).toBe(201);
  const [link] = (await res.json()).links;
  return link!;
}

/** Every route that changes something, with a body that would pass validation. */
function mutatingRoutes(ids: { surveyId: string; partnerId: string; linkId: string; title: string }) {
  const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return [
    ['POST', '/api/organiser/surveys', json({ title: 'Vervolg', sections, languages: ['nl'] })],
    ['PATCH', `/api/organiser/surveys/${ids.surveyId}`, json({ minGroupSize: 7 })],
    ['POST', `/api/organiser/surveys/${ids.surveyId}/close`, {}],
    ['POST', `/api/organiser/surveys/${ids.surveyId}/reopen`, {}],
    ['DELETE', `/api/organiser/surveys/${ids.surveyId}/responses`, json({ confirm: ids.title })],
    ['POST', '/api/organiser/links', json({ scope: 'respondent_open', surveyId: ids.surveyId, partnerId: ids.partnerId })],
    ['POST', `/api/organiser/links/${ids.linkId}/revoke`, {}],
    ['POST', `/api/organiser/links/${ids.linkId}/reissue`, {}],
  ] as const;
}

const readingRoutes = (surveyId: string) => ['/api/organiser', `/api/organiser/surveys/${surveyId}/progress`];

describe('a report link', () => {
  it('reads the report and cannot change or read anything of the organiser', async () => {
    const p = await createPartnership();
    await respond(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 3);
    const report = await issue(p.organiserSecret, { scope: 'report', surveyId: p.surveyId });
    const target = await issue(p.organiserSecret, {
      scope: 'respondent_open',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[1]!,
      maxUses: 10,
    });

    expect((await client(report.secret).report.$get({ query: {} })).status).toBe(200);
    for (const [method, path, init] of mutatingRoutes({
      surveyId: p.surveyId,
      partnerId: p.partnerIds[0]!,
      linkId: target.id,
      title: 'Nulmeting',
    })) {
      const res = await raw(path, { method, secret: report.secret, ...init });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'link_not_found' } });
    }
    for (const path of [...readingRoutes(p.surveyId), '/api/partner'])
      expect((await raw(path, { secret: report.secret })).status, path).toBe(404);

    // Nothing changed: the responses are there, the survey is open, the target link is live.
    expect(await countRows('responses', p.surveyId)).toBe(3);
    const view = await (await p.api.organiser.$get()).json();
    expect(view.surveys[0]).toMatchObject({ status: 'open', minGroupSize: 3 });
    expect(view.links.find((l) => l.id === target.id)?.revoked).toBe(false);
    expect(view.surveys).toHaveLength(1);
  });
});

describe('a partner-contact link', () => {
  it('sees only its own organisation: its response rate and its respondent links', async () => {
    const p = await createPartnership();
    const [own, other] = [p.partnerIds[0]!, p.partnerIds[1]!];
    await respond(p.organiserSecret, p.surveyId, own, 2, 10);
    await respond(p.organiserSecret, p.surveyId, other, 3, 20);
    await issue(p.organiserSecret, { scope: 'respondent_single', surveyId: p.surveyId, partnerId: other, count: 3 });
    const contact = await issue(p.organiserSecret, { scope: 'partner_contact', partnerId: own, label: 'HR Rivierstad' });

    const res = await client(contact.secret).partner.$get();
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.partner).toMatchObject({ id: own, name: 'Gemeente Rivierstad' });
    expect(view.surveys).toHaveLength(1);
    expect(view.surveys[0]!.progress).toMatchObject({ partnerId: own, completed: 2, started: 2 });
    expect(view.links.length).toBeGreaterThan(0);
    expect(view.links.every((l) => l.partnerId === own && l.scope.startsWith('respondent'))).toBe(true);
    // No trace of any other partner anywhere in the view.
    const body = JSON.stringify(view);
    expect(body).not.toContain(other);
    expect(body).not.toContain('Zorggroep De Linde');
    expect(body).not.toContain(p.partnerIds[2]!);
  });

  it('cannot change anything or read the organiser view', async () => {
    const p = await createPartnership();
    const contact = await issue(p.organiserSecret, { scope: 'partner_contact', partnerId: p.partnerIds[0]! });
    const target = await issue(p.organiserSecret, {
      scope: 'respondent_open',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[0]!,
      maxUses: 10,
    });
    for (const [method, path, init] of mutatingRoutes({
      surveyId: p.surveyId,
      partnerId: p.partnerIds[0]!,
      linkId: target.id,
      title: 'Nulmeting',
    })) {
      expect((await raw(path, { method, secret: contact.secret, ...init })).status, `${method} ${path}`).toBe(404);
    }
    for (const path of [...readingRoutes(p.surveyId), '/api/report'])
      expect((await raw(path, { secret: contact.secret })).status, path).toBe(404);
    const view = await (await p.api.organiser.$get()).json();
    expect(view.links.find((l) => l.id === target.id)?.revoked).toBe(false);
  });
});

describe('revoking and re-issuing', () => {
  it('refuses revoked links of every scope', async () => {
    const p = await createPartnership();
    const links = [
      { link: await issue(p.organiserSecret, { scope: 'organiser', label: 'co-organiser' }), path: '/api/organiser' },
      { link: await issue(p.organiserSecret, { scope: 'report', surveyId: p.surveyId }), path: '/api/report' },
      { link: await issue(p.organiserSecret, { scope: 'partner_contact', partnerId: p.partnerIds[0]! }), path: '/api/partner' },
      {
        link: await issue(p.organiserSecret, { scope: 'respondent_single', surveyId: p.surveyId, partnerId: p.partnerIds[0]! }),
        path: '/api/respond',
      },
    ];
    for (const { link, path } of links) {
      expect((await raw(path, { secret: link.secret })).status, path).toBe(200);
      expect((await p.api.organiser.links[':id'].revoke.$post({ param: { id: link.id } })).status).toBe(200);
      expect((await raw(path, { secret: link.secret })).status, path).toBe(404);
    }
  });

  it('does not let an organiser link revoke or re-issue itself', async () => {
    const p = await createPartnership();
    const { ownLinkId } = await (await p.api.organiser.$get()).json();
    const revoke = await p.api.organiser.links[':id'].revoke.$post({ param: { id: ownLinkId } });
    expect(revoke.status).toBe(409);
    expect(await revoke.json()).toMatchObject({ error: { code: 'cannot_revoke_own_link' } });
    expect((await p.api.organiser.links[':id'].reissue.$post({ param: { id: ownLinkId } })).status).toBe(409);
    expect((await p.api.organiser.$get()).status).toBe(200);
  });

  it('re-issues a link with the same scope, partner, survey and cap, and retires the old one', async () => {
    const p = await createPartnership();
    const old = await issue(p.organiserSecret, {
      scope: 'respondent_open',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[2]!,
      maxUses: 40,
      label: 'poster',
    });
    const res = await p.api.organiser.links[':id'].reissue.$post({ param: { id: old.id } });
    expect(res.status).toBe(201);
    const { link, replaces } = await res.json();
    expect(replaces).toBe(old.id);
    expect(link).toMatchObject({
      scope: 'respondent_open',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[2],
      maxUses: 40,
      label: 'poster',
    });
    expect(link.secret).not.toBe(old.secret);
    expect((await client(old.secret).respond.$get()).status).toBe(404);
    expect((await client(link.secret).respond.$get()).status).toBe(200);
    // Re-issuing the retired link again would double it.
    expect((await p.api.organiser.links[':id'].reissue.$post({ param: { id: old.id } })).status).toBe(409);
  });

  it('does not renew a used single-use link', async () => {
    const p = await createPartnership();
    const single = await issue(p.organiserSecret, { scope: 'respondent_single', surveyId: p.surveyId, partnerId: p.partnerIds[0]! });
    await client(single.secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers: answersFor(3) } });
    const res = await p.api.organiser.links[':id'].reissue.$post({ param: { id: single.id } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'link_used' } });
  });
});

describe('an organiser link of partnership A', () => {
  it('cannot touch partnership B', async () => {
    const a = await createPartnership();
    const b = await createPartnership();
    const bLink = await issue(b.organiserSecret, {
      scope: 'respondent_open',
      surveyId: b.surveyId,
      partnerId: b.partnerIds[0]!,
      maxUses: 10,
    });
    await respond(b.organiserSecret, b.surveyId, b.partnerIds[0]!, 3);

    const attempts = [
      ...mutatingRoutes({ surveyId: b.surveyId, partnerId: b.partnerIds[0]!, linkId: bLink.id, title: 'Nulmeting' }).slice(1),
      [
        'POST',
        '/api/organiser/links',
        {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scope: 'respondent_open', surveyId: a.surveyId, partnerId: b.partnerIds[0] }),
        },
      ],
      [
        'POST',
        '/api/organiser/links',
        { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scope: 'partner_contact', partnerId: b.partnerIds[1] }) },
      ],
      [
        'POST',
        '/api/organiser/links',
        { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scope: 'report', surveyId: b.surveyId }) },
      ],
      ['GET', `/api/organiser/surveys/${b.surveyId}/progress`, {}],
    ] as const;
    for (const [method, path, init] of attempts) {
      const res = await raw(path, { method, secret: a.organiserSecret, ...init });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_in_partnership' } });
    }
    for (const path of [`/api/report?surveyId=${b.surveyId}`, `/api/report/export?surveyId=${b.surveyId}`]) {
      const res = await raw(path, { secret: a.organiserSecret });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'survey_not_found' } });
    }

    // B is as it was.
    const bView = await (await b.api.organiser.$get()).json();
    expect(bView.links.find((l) => l.id === bLink.id)?.revoked).toBe(false);
    expect(bView.surveys[0]).toMatchObject({ status: 'open', minGroupSize: 3 });
    expect(await countRows('responses', b.surveyId)).toBe(3);
    const aView = await (await a.api.organiser.$get()).json();
    expect(JSON.stringify(aView)).not.toContain(b.surveyId);
  });
});

describe('surveys', () => {
  it('adds a survey, changes its dates, closes and reopens it', async () => {
    const p = await createPartnership();
    const created = await p.api.organiser.surveys.$post({
      json: { title: 'Vervolgmeting', sections: [...sections, 'value_case'], languages: ['nl'], minGroupSize: 4 },
    });
    expect(created.status).toBe(201);
    const { survey } = await created.json();
    expect(survey).toMatchObject({ title: 'Vervolgmeting', minGroupSize: 4, status: 'open', isOpen: true });

    const api = p.api.organiser.surveys[':surveyId'];
    const badOrder = await api.$patch({ param: { surveyId: survey.id }, json: { closesOn: '2099-01-31', retainUntil: '2099-01-01' } });
    expect(badOrder.status).toBe(400);
    const changed = await api.$patch({
      param: { surveyId: survey.id },
      json: { closesOn: '2099-01-31', retainUntil: '2099-12-31', minGroupSize: 6 },
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()).survey).toMatchObject({ closesOn: '2099-01-31', retainUntil: '2099-12-31', minGroupSize: 6 });

    const [secret] = await respondentLinks(p.organiserSecret, survey.id, p.partnerIds[0]!, 'respondent_open');
    expect((await api.close.$post({ param: { surveyId: survey.id } })).status).toBe(200);
    expect(await (await client(secret).respond.$get()).json()).toMatchObject({ state: 'closed' });
    const refused = await client(secret).respond.submit.$post({
      json: { submissionId: submissionId(), language: 'nl', answers: answersFor(1) },
    });
    expect(refused.status).toBe(409);
    const reopened = await api.reopen.$post({ param: { surveyId: survey.id } });
    expect((await reopened.json()).survey).toMatchObject({ status: 'open', isOpen: true });
    expect(await (await client(secret).respond.$get()).json()).toMatchObject({ state: 'open' });
  });

  it('lets the threshold go up but never down once responses exist', async () => {
    const p = await createPartnership({ minGroupSize: 4 });
    const api = p.api.organiser.surveys[':surveyId'];
    expect((await api.$patch({ param: { surveyId: p.surveyId }, json: { minGroupSize: 3 } })).status).toBe(200);
    await respond(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 1);
    const lower = await api.$patch({ param: { surveyId: p.surveyId }, json: { minGroupSize: 2 } });
    expect(lower.status).toBe(400);
    expect((await api.$patch({ param: { surveyId: p.surveyId }, json: { minGroupSize: 5 } })).status).toBe(200);
    const down = await api.$patch({ param: { surveyId: p.surveyId }, json: { minGroupSize: 4 } });
    expect(down.status).toBe(409);
    expect(await down.json()).toMatchObject({ error: { code: 'threshold_fixed' } });
  });

  it('follows the response per partner: invited, started, completed, rate and completions per day', async () => {
    const created = await client().partnerships.$post({
      json: {
        partnership: { name: 'Samen sterk', challenge: 'Jeugdzorg', collaborationFunction: 'joint_development', horizon: '2030' },
        partners: [
          { name: 'Gemeente', sector: 'public', expectedStaff: 20 },
          { name: 'School', sector: 'knowledge_institution' },
        ],
        survey: { title: 'Nulmeting', sections: [...sections], languages: ['nl', 'en'] },
      },
    });
    const p = await created.json();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId!, p.partnerIds[0]!, 'respondent_open');
    // One respondent saves a draft and stops; five complete, the first after saving a draft (started once, not twice).
    await client(secret).respond.draft.$put({ json: { submissionId: submissionId(), language: 'nl', answers: {} } });
    for (let i = 0; i < 5; i++) {
      const id = submissionId();
      if (i === 0) await client(secret).respond.draft.$put({ json: { submissionId: id, language: 'nl', answers: {} } });
      await client(secret).respond.submit.$post({ json: { submissionId: id, language: 'nl', answers: answersFor(i) } });
    }

    const res = await client(p.organiserSecret).organiser.surveys[':surveyId'].progress.$get({ param: { surveyId: p.surveyId! } });
    const { partners } = await res.json();
    const today = new Date().toISOString().slice(0, 10);
    expect(partners[0]).toEqual({
      partnerId: p.partnerIds[0],
      name: 'Gemeente',
      invited: 20,
      started: 6,
      completed: 5,
      responseRate: 0.25,
      completedPerDay: [{ day: today, completed: 5 }],
    });
    expect(partners[1]).toMatchObject({ invited: null, started: 0, completed: 0, responseRate: null, completedPerDay: [] });
  });
});
