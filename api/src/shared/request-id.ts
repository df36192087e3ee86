// One id per HTTP request: the client's X-Request-Id when it is a reasonable token, else a new
// UUID. The same id is the context's requestId (written to audit events), the requestId of a
// masked error and of its server-side log line, and the response's X-Request-Id header, so a
// client quoting any of them finds the stack in the logs.
import { randomUUID } from 'node:crypto';

const ids = new WeakMap<Request, string>();

export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}
