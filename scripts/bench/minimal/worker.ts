/**
 * The load bench's floor: the respondent protocol of scripts/bench/load.ts done with plain D1
 * statements and nothing else (no validation, no framework, no analysis). Open the link: read it.
 * Save a draft: read the link, upsert the draft. Submit: read the link, then one batch that marks
 * the link used, stores the response, adds to one aggregate row and deletes the draft. Samenwaarde
 * does the same steps with everything a real survey needs; the ratio of the two is what the bench
 * reports. `POST /setup` issues links for a run (bench only: this Worker is never deployed).
 */

interface Env {
  readonly DB: D1Database;
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (text: string) => hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

interface Link {
  readonly id: string;
  readonly partner: string;
  readonly uses: number;
  readonly max_uses: number | null;
}

/** Issues `count` single-use links over `partners` partners and returns their secrets. */
async function setup(env: Env, count: number, partners: number): Promise<Response> {
  const secrets = Array.from({ length: count }, () => hex(crypto.getRandomValues(new Uint8Array(18)).buffer));
  const statement = env.DB.prepare('INSERT INTO links (id, token_hash, partner, max_uses) VALUES (?, ?, ?, 1)');
  const rows = await Promise.all(
    secrets.map(async (secret, i) => statement.bind(crypto.randomUUID(), await sha256(secret), `p${i % partners}`)),
  );
  await env.DB.batch(rows);
  return Response.json({ secrets }, { status: 201 });
}

async function respond(request: Request, env: Env, path: string): Promise<Response> {
  const secret = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const link = secret
    ? await env.DB.prepare('SELECT id, partner, uses, max_uses FROM links WHERE token_hash = ?')
        .bind(await sha256(secret))
        .first<Link>()
    : null;
  if (!link) return Response.json({ error: { code: 'link_not_found', message: 'no such link' } }, { status: 404 });
  if (request.method === 'GET' && path === '/api/respond')
    return Response.json({ state: link.max_uses !== null && link.uses >= link.max_uses ? 'used' : 'open' });
  const body = (await request.json()) as { submissionId: string; answers: unknown };
  const answers = JSON.stringify(body.answers);
  if (request.method === 'PUT' && path === '/api/respond/draft') {
    await env.DB.prepare('INSERT INTO drafts (id, answers) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET answers = excluded.answers')
      .bind(link.id, answers)
      .run();
    return Response.json({ saved: true });
  }
  if (request.method === 'POST' && path === '/api/respond/submit') {
    try {
      await env.DB.batch([
        env.DB.prepare('UPDATE links SET uses = uses + 1 WHERE id = ?').bind(link.id),
        env.DB.prepare('INSERT INTO responses (id, submission_key, partner, answers) VALUES (?, ?, ?, ?)').bind(
          crypto.randomUUID(),
          await sha256(`${link.id}:${body.submissionId}`),
          link.partner,
          answers,
        ),
        env.DB.prepare(
          'INSERT INTO aggregates (partner, respondents) VALUES (?, 1) ON CONFLICT (partner) DO UPDATE SET respondents = respondents + 1',
        ).bind(link.partner),
        env.DB.prepare('DELETE FROM drafts WHERE id = ?').bind(link.id),
      ]);
    } catch (error) {
      if (/UNIQUE constraint failed|CHECK constraint failed/.test(String(error))) return Response.json({ outcome: 'already_stored' });
      throw error;
    }
    return Response.json({ outcome: 'stored' }, { status: 201 });
  }
  return new Response('not found', { status: 404 });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    // The readiness probe scripts/local/server.ts polls.
    if (url.pathname === '/api/instrument') return Response.json({ ready: true });
    if (url.pathname === '/setup' && request.method === 'POST') {
      return setup(env, Number(url.searchParams.get('count')), Number(url.searchParams.get('partners')));
    }
    return respond(request, env, url.pathname);
  },
} satisfies ExportedHandler<Env>;
