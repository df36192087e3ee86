// GET/HEAD /exports/<key>?expires=…&signature=…: a finished export from the local store, to
// whoever holds the signed URL (no Authorization header: BI tools and `curl` fetch it as is).
// Single byte ranges are served (206 with Content-Range; 416 when unsatisfiable) so an
// interrupted download resumes; If-Range with the ETag guards a resume against another file.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { logger } from '../shared/logger.js';
import { contentTypeOf, type ExportStorage } from './storage.js';

export const DOWNLOAD_PREFIX = '/exports/';

type ByteRange = { start: number; end: number };

/**
 * The one range a `Range` header asks of a file of `size` bytes: null to send the whole file
 * (no header, another unit, or several ranges, which a server may answer whole), 'unsatisfiable'
 * for a malformed bytes range or one outside the file.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!m) return null;
  const specs = (m[1] as string).split(',');
  if (specs.length > 1) return null;
  const spec = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(specs[0] as string);
  if (!spec || (spec[1] === '' && spec[2] === '')) return 'unsatisfiable';
  if (spec[1] === '') {
    // Suffix: the last N bytes.
    const length = Number(spec[2]);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(spec[1]);
  const end = spec[2] === '' ? size - 1 : Math.min(Number(spec[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify({ error: message }));
}

/** Answers a download request; `now` is the server's clock (tests move it). */
export async function serveExportDownload(
  req: IncomingMessage,
  res: ServerResponse,
  storage: ExportStorage,
  now: Date,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return refuse(res, 405, 'Method not allowed.');
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let key: string;
  try {
    key = decodeURIComponent(url.pathname.slice(DOWNLOAD_PREFIX.length));
  } catch {
    return refuse(res, 404, 'Not found.');
  }
  const check = storage.verifyDownload(key, url.searchParams, now);
  if (!check.ok) {
    const why =
      check.reason === 'expired'
        ? 'This download link has expired; read the bulk operation again for a new one.'
        : 'This download link is not valid.';
    return refuse(res, 403, why);
  }
  const path = storage.localPath(key);
  const info = path ? await stat(path).catch(() => null) : null;
  if (!path || !info?.isFile()) return refuse(res, 404, 'The export file no longer exists.');

  const size = info.size;
  const etag = `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string | number> = {
    'content-type': contentTypeOf(key),
    'content-disposition': `attachment; filename="${key.split('/').at(-1)}"`,
    'accept-ranges': 'bytes',
    etag,
    'last-modified': info.mtime.toUTCString(),
    'cache-control': 'private, no-store',
  };
  const ifRange = req.headers['if-range'];
  const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': 0 }).end();
    return;
  }
  const status = range ? 206 : 200;
  const { start, end } = range ?? { start: 0, end: size - 1 };
  if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
  headers['content-length'] = size === 0 ? 0 : end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(path, { start, end }), res);
  } catch (error) {
    // A client that goes away mid-download is ordinary; anything else is logged.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      logger.warn({ err: error, key }, 'export download failed');
    }
    res.destroy();
  }
}
