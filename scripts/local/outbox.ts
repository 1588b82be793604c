/**
 * The local outbox: what the platform would have sent, on the developer's own machine. Under
 * `npm start` (and the system and browser tests) the Worker hands each message here instead of to
 * the Email Service (worker/mail/mailer.ts, OUTBOX_URL); this server writes it as an .eml file in
 * the local state folder and lists the messages on a page. The files hold addresses, by necessity:
 * they are the messages. Nothing like it exists in a deployment.
 *
 * To show failures, it refuses any recipient at a `.invalid` domain (a name that can never exist,
 * RFC 2606) as the Email Service refuses an address on its suppression list; and a test can have
 * it answer the next message with any of the service's error codes (`POST /refuse-next`).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { escapeMarkup } from '../../core/markup';
import type { OutgoingMail } from '../../worker/mail/mailer';

export interface Outbox {
  /** Where the Worker posts messages (`/messages`) and where a person reads them (`/`). */
  readonly url: string;
  /** The folder the .eml files are written to. */
  readonly dir: string;
  stop(): Promise<void>;
}

const oneHeaderValue = (value: unknown): value is string => typeof value === 'string' && value !== '' && !/[\r\n]/.test(value);

function isOutgoingMail(body: unknown): body is OutgoingMail {
  const m = body as Partial<OutgoingMail> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    oneHeaderValue(m.from?.email) &&
    oneHeaderValue(m.from?.name) &&
    oneHeaderValue(m.to) &&
    oneHeaderValue(m.replyTo) &&
    oneHeaderValue(m.subject) &&
    typeof m.text === 'string' &&
    typeof m.html === 'string'
  );
}

/** A header value outside ASCII as an RFC 2047 encoded word. */
const headerText = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`);
const base64Lines = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n');

/** The message in Internet Message Format (RFC 5322, MIME multipart/alternative), as a mail program opens it. */
export function emlOf(message: OutgoingMail, date = new Date()): string {
  const boundary = `samenwaarde-${randomUUID()}`;
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join('\r\n');
  return [
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `From: ${headerText(message.from.name)} <${message.from.email}>`,
    `To: ${message.to}`,
    `Reply-To: ${message.replyTo}`,
    `Subject: ${headerText(message.subject)}`,
    `Message-ID: <${randomUUID()}@samenwaarde.localhost>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    part('text/plain', message.text),
    part('text/html', message.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** What the list page shows of an .eml file written here: a header and the decoded text part. */
export function readEml(eml: string): { header: (name: string) => string; text: string } {
  const [head = '', ...rest] = eml.split('\r\n\r\n');
  const header = (name: string) => {
    const raw = new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1] ?? '';
    return raw.replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
  };
  const textPart = rest.join('\r\n\r\n').split(/--samenwaarde-[0-9a-f-]+/)[1] ?? '';
  const body = textPart.split('\r\n\r\n')[1] ?? '';
  return { header, text: Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8') };
}

function listPage(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse();
  const items = files.map((file) => {
    const eml = readEml(readFileSync(join(dir, file), 'utf8'));
    const e = (name: string) => escapeMarkup(eml.header(name));
    return `<li><p><strong>${e('Subject')}</strong><br>Aan / To: ${e('To')} · Antwoord naar / Reply to: ${e('Reply-To')} · ${e('Date')} · <a href="/messages/${escapeMarkup(file)}">.eml</a></p><pre>${escapeMarkup(eml.text)}</pre></li>`;
  });
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Outbox (alleen op deze computer / on this computer only)</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}pre{white-space:pre-wrap;background:#f4f4f4;padding:1em}li{margin-bottom:2em}</style></head>
<body><h1>Outbox</h1>
<p>Wat Samenwaarde verstuurd zou hebben, alleen op deze computer (npm start): ${files.length} berichten in <code>${escapeMarkup(dir)}</code>.
Een echte installatie verstuurt via de Cloudflare Email Service en heeft geen outbox.</p>
<p lang="en">What Samenwaarde would have sent, on this computer only (npm start): ${files.length} messages in <code>${escapeMarkup(dir)}</code>.
A real installation sends through Cloudflare Email Service and has no outbox.</p>
<ol>${items.join('\n')}</ol></body></html>`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const answer = (res: ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'cache-control': 'no-store',
  });
  res.end(body);
};
const json = (res: ServerResponse, status: number, body: unknown) => answer(res, status, 'application/json', JSON.stringify(body));

/** Starts the outbox on a free port of 127.0.0.1, writing into `dir`. */
export async function startOutbox(dir: string): Promise<Outbox> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  /** Error codes to answer the next messages with, in order (set by a test). */
  const refusals: string[] = [];
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://outbox').pathname;
      if (req.method === 'POST' && path === '/messages') {
        let body: unknown;
        try {
          body = JSON.parse(await readBody(req));
        } catch {
          body = undefined;
        }
        if (!isOutgoingMail(body)) return json(res, 400, { code: 'E_VALIDATION_ERROR' });
        if (/\.invalid$/i.test(body.to)) return json(res, 422, { code: 'E_RECIPIENT_SUPPRESSED' });
        const refusal = refusals.shift();
        if (refusal) return json(res, 422, { code: refusal });
        const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++count).padStart(5, '0')}.eml`;
        writeFileSync(join(dir, file), emlOf(body));
        return json(res, 202, { file });
      }
      if (req.method === 'POST' && path === '/refuse-next') {
        const { code } = JSON.parse(await readBody(req)) as { code?: unknown };
        if (typeof code !== 'string' || !/^E_[A-Z_]+$/.test(code)) return json(res, 400, { code: 'E_VALIDATION_ERROR' });
        refusals.push(code);
        return json(res, 202, { code });
      }
      if (req.method === 'GET' && path === '/') return answer(res, 200, 'text/html; charset=utf-8', listPage(dir));
      const file = /^\/messages\/([\w-]+\.eml)$/.exec(path)?.[1];
      if (req.method === 'GET' && file) return answer(res, 200, 'message/rfc822', readFileSync(join(dir, file), 'utf8'));
      json(res, 404, { code: 'not_found' });
    } catch (error) {
      console.error('the local outbox could not handle a request', error);
      if (!res.headersSent) json(res, 500, { code: 'E_INTERNAL_SERVER_ERROR' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The Worker's runtime may keep a connection open for its next message.
        server.closeAllConnections();
      }),
  };
}
