// Peer statistics remembered between requests, keyed by (organization, revision, day). They are the
// expensive part of every whitespace statement (every installed product of the organization
// joined to its account and sorted per group and product, and per group and family, for the
// medians) and change only when an account's industry or segment, the set of accounts, an
// installed product or a product (its family, edition rank or active flag) changes. Each
// such write changes `Organization.peerStatsRevision` in its own transaction (database triggers,
// migrations 20261201223000_whitespace_peer_revision and
// 20261207131500_w_product_edition_rank), whatever the write path: ingestion, the
// seed loader, a mutation or hand-written SQL.
//
// Never stale: a statement uses the remembered statistics only if their revision is the one it
// reads in its own snapshot, and computes them otherwise (see peerStatsCtes in sql.ts), handing
// them back to be remembered. A revision is a random UUID, so equal (organization, revision)
// pairs in two databases (tests open many) mean the same rows.
import type { Segment } from '../generated/prisma/enums.js';
import type { PeerStats } from './sql.js';

/** Organizations remembered at most; the oldest is forgotten first. */
const MAX_ORGANIZATIONS = 100;

const remembered = new Map<number, PeerStats>();

/**
 * The statistics last remembered for the organization (possibly of an older revision) for the
 * day `asOf`, or null: installed products end on a day, without any write, so statistics of
 * another day are never used.
 */
export function cachedPeerStats(organizationId: number, asOf: string): PeerStats | null {
  const stats = remembered.get(organizationId);
  return stats?.asOf === asOf ? stats : null;
}

interface ExportedStats {
  revision: string | null;
  asOf: string;
  groups: [string, Segment, number][];
  owners: [number, number, number, string][];
  families: [number, string, number, string][];
}

/** Remembers the statistics a statement computed: the `peer_stats` column of one of its rows. */
export function rememberPeerStats(organizationId: number, rows: readonly object[]): void {
  const raw = (rows as { peer_stats?: unknown }[]).find((r) => r.peer_stats != null)?.peer_stats;
  if (raw == null) return;
  const stats = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ExportedStats;
  if (stats.revision === null) return;
  remembered.delete(organizationId);
  remembered.set(organizationId, {
    revision: stats.revision,
    asOf: stats.asOf,
    groups: stats.groups.map(([industry, segment, accounts]) => ({ industry, segment, accounts })),
    owners: stats.owners.map(([gid, productId, owners, median]) => ({ gid, productId, owners, median })),
    families: stats.families.map(([gid, family, owners, median]) => ({ gid, family, owners, median })),
  });
  if (remembered.size > MAX_ORGANIZATIONS) remembered.delete(remembered.keys().next().value as number);
}

/** Forgets every remembered statistic (benchmarks measure the cold path with it). */
export function forgetPeerStats(): void {
  remembered.clear();
}
