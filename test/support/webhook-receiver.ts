// A webhook receiver for tests and benchmarks: a real HTTP server on 127.0.0.1 that checks each
// signature with a hand-computed HMAC (independent of the SDK), stores each event once by id, as a
// deduplicating consumer would, and can be told to fail (500), hang (no answer) or be stopped.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Mode = 'ok' | 'fail' | 'hang';

/** A receiver that stores each event once by id, as a deduplicating consumer would. */
export class Receiver {
  server: Server | null = null;
  port = 0;
  mode: Mode = 'ok';
  secret = '';
  /** Every request, whatever the answer. */
  requests = 0;
  /** Event ids in arrival order, first arrival only (the deduplicated store). */
  stored: {
    id: string;
    entityId: string;
    type: string;
    externalId: string | null;
    /** The event's createdAt (ms), and when it first arrived here (ms). */
    createdAt: number;
    receivedAt: number;
  }[] = [];
  seen = new Set<string>();
  /** Every request's headers and raw body, whatever the answer. */
  log: { headers: IncomingMessage['headers']; body: string }[] = [];
  duplicates = 0;
  badSignatures = 0;

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url() {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    this.requests++;
    this.log.push({ headers: req.headers, body });
    if (this.mode === 'hang') return; // never answers: the sender times out
    if (this.mode === 'fail') {
      res.writeHead(500).end('down for maintenance');
      return;
    }
    // Hand-computed Stripe-style check, independent of the SDK: any v1 entry (several while a
    // secret is rotated) made with this receiver's secret.
    const header = String(req.headers['coxswain-signature'] ?? '');
    const t = /t=(\d+)/.exec(header)?.[1];
    const v1s = [...header.matchAll(/v1=([0-9a-f]+)/g)].map((m) => m[1]);
    const expected = createHmac('sha256', this.secret).update(`${t}.${body}`).digest('hex');
    if (!v1s.includes(expected)) {
      this.badSignatures++;
      res.writeHead(400).end();
      return;
    }
    const event = JSON.parse(body) as {
      id: string;
      type: string;
      createdAt: string;
      data: { entityId: string; externalId: string | null };
    };
    if (req.headers['x-coxswain-event-id'] !== event.id) this.badSignatures++;
    if (this.seen.has(event.id)) this.duplicates++;
    else {
      this.seen.add(event.id);
      this.stored.push({
        id: event.id,
        entityId: event.data.entityId,
        type: event.type,
        externalId: event.data.externalId,
        createdAt: Date.parse(event.createdAt),
        receivedAt: Date.now(),
      });
    }
    res.writeHead(204).end();
  }
}
