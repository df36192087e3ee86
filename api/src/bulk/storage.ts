// Where finished export files go (docs/bulk-operations.md, "Where files go"): a local folder by
// default, an S3-compatible bucket when COXSWAIN_EXPORT_S3_BUCKET is set.
//
// Downloads are signed and expire:
// - local folder: the API serves GET /exports/<key>?expires=<unix seconds>&signature=<HMAC>
//   (api/src/bulk/download.ts, with HTTP ranges); the signature is HMAC-SHA256 over the key and
//   the expiry under a key derived from COXSWAIN_API_KEY_SECRET, so it can be checked without
//   the database and cannot be moved to another file or time;
// - S3: a presigned GET URL (SigV4, at most 7 days), so the bucket serves the bytes and the
//   ranges itself and a multi-gigabyte download never passes through the API process.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { apiKeySecret } from '../access/api-keys.js';
import { EXPORT_CONTENT_TYPES, EXPORT_EXTENSIONS, type ExportFormat } from './files/index.js';

export interface ExportStorage {
  /** Moves a finished local file into storage under `key` (org-scoped key chosen by bulkcore). */
  put(key: string, localPath: string, contentType: string): Promise<void>;
  remove(key: string): Promise<void>;
  /**
   * A signed download URL valid until `expiresAt`: the API's download route for the local store
   * (under `baseUrl`, e.g. `https://api.example.com`), a presigned URL for S3 (`baseUrl` unused).
   */
  signedUrl(key: string, expiresAt: Date, baseUrl: string): Promise<string>;
  /** Deletes every file stored before `before`; returns their keys. */
  removeStoredBefore(before: Date): Promise<string[]>;
  /** The local file of `key` for the download route; null for a remote store. */
  localPath(key: string): string | null;
  /**
   * Checks a download request's `expires` and `signature` for `key` at `now`, under the secret
   * this store signs with (a remote store's URLs never reach the API route: always invalid).
   */
  verifyDownload(key: string, params: URLSearchParams, now: Date): DownloadCheck;
}

/** How long a file is kept after it was stored: 7 days, as Shopify keeps bulk results. */
export const DEFAULT_EXPORT_RETENTION_HOURS = 168;
export const DEFAULT_EXPORT_DIR = '.coxswain/exports';
/** SigV4 presigned URLs live at most 7 days. */
export const MAX_PRESIGNED_SECONDS = 7 * 24 * 3600;

// Keys are paths of plain segments: no `..`, no absolute path, nothing a shell or URL must escape.
const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export function assertExportKey(key: string): void {
  if (!KEY.test(key) || key.length > 512) throw new Error(`invalid export key ${JSON.stringify(key)}`);
}

/** The media type of a stored file, from its format's extension. */
export function contentTypeOf(key: string): string {
  const extension = key.slice(key.lastIndexOf('.') + 1);
  const format = (Object.keys(EXPORT_EXTENSIONS) as ExportFormat[]).find((f) => EXPORT_EXTENSIONS[f] === extension);
  return format ? EXPORT_CONTENT_TYPES[format] : 'application/octet-stream';
}

// ----- Signed download tokens (local store) -----

/** The signing key, derived so that a download signature can never stand for an API key hash. */
function signingKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('coxswain bulk export download v1').digest();
}

function signature(key: string, expires: number, secret: string): string {
  return createHmac('sha256', signingKey(secret)).update(`${key}\n${expires}`).digest('base64url');
}

/** The query string that lets `key` be downloaded until `expiresAt` (whole seconds, rounded down). */
export function signDownload(key: string, expiresAt: Date, secret = apiKeySecret()): string {
  assertExportKey(key);
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `expires=${expires}&signature=${signature(key, expires, secret)}`;
}

export type DownloadCheck = { ok: true } | { ok: false; reason: 'missing' | 'expired' | 'invalid' };

/** Checks a download's `expires` and `signature` for `key` at `now`. */
export function verifyDownload(
  key: string,
  params: URLSearchParams,
  now: Date,
  secret = apiKeySecret(),
): DownloadCheck {
  const expiresText = params.get('expires');
  const given = params.get('signature');
  if (!expiresText || !given) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(expiresText) || !KEY.test(key)) return { ok: false, reason: 'invalid' };
  const expires = Number(expiresText);
  const expected = Buffer.from(signature(key, expires, secret));
  const actual = Buffer.from(given);
  // The signature first: an expiry is believed only once it is known to be the signed one.
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: 'invalid' };
  if (now.getTime() >= expires * 1000) return { ok: false, reason: 'expired' };
  return { ok: true };
}

// ----- Local folder -----

export function localExportStorage(root: string, secret?: string): ExportStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    assertExportKey(key);
    return join(base, ...key.split('/'));
  };
  return {
    async put(key, localPath) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      try {
        await rename(localPath, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        // Another file system: copy beside the target, then rename, so a reader never sees half a file.
        const partial = `${target}.partial`;
        await copyFile(localPath, partial);
        await rename(partial, target);
        await rm(localPath, { force: true });
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async signedUrl(key, expiresAt, baseUrl) {
      const path = key.split('/').map(encodeURIComponent).join('/');
      return `${baseUrl.replace(/\/+$/, '')}/exports/${path}?${signDownload(key, expiresAt, secret)}`;
    },
    async removeStoredBefore(before) {
      const removed: string[] = [];
      let entries: string[];
      try {
        entries = await readdir(base, { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return removed;
        throw error;
      }
      for (const entry of entries) {
        const file = join(base, entry);
        const info = await stat(file).catch(() => null);
        if (!info?.isFile() || info.mtime >= before) continue;
        await rm(file, { force: true });
        removed.push(relative(base, file).split(sep).join('/'));
      }
      return removed;
    },
    localPath: pathOf,
    verifyDownload: (key, params, now) => verifyDownload(key, params, now, secret),
  };
}

// ----- S3-compatible bucket -----

export interface S3ExportSettings {
  bucket: string;
  /** Prepended to every key, e.g. `exports/`. */
  prefix: string;
  client: S3ClientConfig;
  /** Bytes per multipart part (default 16 MiB; S3's least is 5 MiB). */
  partSize?: number;
  /** Clock of the signatures (tests). */
  now?: () => Date;
}

/** Parts of 16 MiB, four in flight: about 64 MiB of memory at most per upload. */
const PART_SIZE = 16 * 1024 * 1024;
const QUEUE_SIZE = 4;

export function s3ExportStorage({
  bucket,
  prefix,
  client: config,
  partSize = PART_SIZE,
  now = () => new Date(),
}: S3ExportSettings): ExportStorage {
  const client = new S3Client(config);
  const objectKey = (key: string) => {
    assertExportKey(key);
    return `${prefix}${key}`;
  };
  return {
    async put(key, localPath, contentType) {
      // Multipart through lib-storage, streamed from the file: the object appears whole or not at all.
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: objectKey(key), Body: createReadStream(localPath), ContentType: contentType },
        partSize,
        queueSize: QUEUE_SIZE,
      });
      await upload.done();
      await rm(localPath, { force: true });
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
    async signedUrl(key, expiresAt) {
      const signingDate = now();
      const seconds = Math.floor((expiresAt.getTime() - signingDate.getTime()) / 1000);
      if (seconds <= 0) throw new Error('a download URL must expire in the future');
      if (seconds > MAX_PRESIGNED_SECONDS) throw new Error('an S3 download URL lasts at most 7 days');
      const filename = key.split('/').at(-1);
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: objectKey(key),
        ResponseContentDisposition: `attachment; filename="${filename}"`,
      });
      return getSignedUrl(client, command, { expiresIn: seconds, signingDate });
    },
    async removeStoredBefore(before) {
      const removed: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        );
        const old = (page.Contents ?? []).filter((o) => o.Key && o.LastModified && o.LastModified < before);
        if (old.length) {
          // One request per listed page (at most 1,000 keys, DeleteObjects' limit).
          await client.send(
            new DeleteObjectsCommand({
              Bucket: bucket,
              Delete: { Objects: old.map((o) => ({ Key: o.Key as string })), Quiet: true },
            }),
          );
        }
        removed.push(...old.map((o) => (o.Key as string).slice(prefix.length)));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return removed;
    },
    localPath: () => null,
    verifyDownload: () => ({ ok: false, reason: 'invalid' }),
  };
}

// ----- Settings -----

/**
 * The store the environment configures: S3 when COXSWAIN_EXPORT_S3_BUCKET is set (credentials
 * from the AWS SDK's usual chain: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, an
 * instance role), else the folder COXSWAIN_EXPORT_DIR (default .coxswain/exports).
 */
export function exportStorageFromEnv(env: NodeJS.ProcessEnv = process.env): ExportStorage {
  const bucket = env.COXSWAIN_EXPORT_S3_BUCKET;
  if (!bucket) return localExportStorage(env.COXSWAIN_EXPORT_DIR || DEFAULT_EXPORT_DIR);
  const endpoint = env.COXSWAIN_EXPORT_S3_ENDPOINT || undefined;
  return s3ExportStorage({
    bucket,
    prefix: env.COXSWAIN_EXPORT_S3_PREFIX ?? 'exports/',
    client: {
      region: env.COXSWAIN_EXPORT_S3_REGION || env.AWS_REGION || 'us-east-1',
      endpoint,
      // S3-compatible servers (MinIO, Ceph, R2, a local test server) are addressed by path.
      forcePathStyle: endpoint !== undefined && env.COXSWAIN_EXPORT_S3_FORCE_PATH_STYLE !== 'false',
    },
  });
}

/** How long files are kept: COXSWAIN_EXPORT_RETENTION_HOURS (default 168). */
export function exportRetentionMs(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.COXSWAIN_EXPORT_RETENTION_HOURS;
  const hours = text ? Number(text) : DEFAULT_EXPORT_RETENTION_HOURS;
  if (!Number.isFinite(hours) || hours <= 0)
    throw new Error(`COXSWAIN_EXPORT_RETENTION_HOURS must be positive, got ${text}`);
  return hours * 3600 * 1000;
}

/**
 * Deletes the files stored longer than the retention; bulkcore schedules it on the job queue.
 * A URL handed out never outlives its file when its expiry is at most the file's store time plus
 * the retention. Returns the keys removed.
 */
export function cleanupExpiredExports(
  storage: ExportStorage,
  now = new Date(),
  retentionMs = exportRetentionMs(),
): Promise<string[]> {
  return storage.removeStoredBefore(new Date(now.getTime() - retentionMs));
}
