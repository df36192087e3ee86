// Which URLs may receive webhooks (docs/webhooks.md, docs/security.md). http(s) only, and in
// production no private, loopback or link-local address: a webhook is a request the server makes
// on an admin's behalf, which must not reach the operator's internal network (SSRF). The check runs
// when a subscription is created and again before each delivery run, since a name can resolve
// elsewhere later.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const MAX_URL = 2000;

/** Addresses a production server does not send webhooks to. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return true;
  // An IPv4 address mapped into IPv6 (::ffff:10.0.0.1) is checked as IPv4.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ? PRIVATE.check(mapped[1], 'ipv4') : PRIVATE.check(address, 'ipv6');
}

/**
 * Whether private and loopback addresses are allowed: `COXSWAIN_WEBHOOK_PRIVATE_URLS=allow` or
 * `refuse`; by default refused when NODE_ENV is `production`, allowed otherwise (local receivers
 * in development and tests).
 */
export function privateUrlsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env.COXSWAIN_WEBHOOK_PRIVATE_URLS;
  if (setting === 'allow') return true;
  if (setting === 'refuse') return false;
  return env.NODE_ENV !== 'production';
}

/** Why `url` cannot receive webhooks, or null when it can. */
export async function webhookUrlProblem(url: string, allowPrivate = privateUrlsAllowed()): Promise<string | null> {
  if (url.length > MAX_URL) return `must be at most ${MAX_URL} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid absolute URL';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `must use http or https, not ${parsed.protocol.replace(/:$/, '')}`;
  }
  if (parsed.username || parsed.password) return 'must not carry credentials; sign with the secret instead';
  if (allowPrivate) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must not point to a loopback address';
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return `host ${host} does not resolve`;
    }
  }
  const blocked = addresses.find(isPrivateAddress);
  return blocked ? `must not point to a private or loopback address (${host} is ${blocked})` : null;
}
