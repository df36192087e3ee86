// The effective-dated hierarchy of the demo (docs/design.md "Effective-dated history"): without it
// every manager link and account placement would hold since the first record, and "as of" queries
// would show today's hierarchy on every past day. Deterministic for a given seed and seed day, and
// it leaves today's state (Rep.managerId, Account.territoryId) as generated:
// - about 12% of reps with a manager moved once: before a day at least two months after their
//   hire and a month before the seed day, they reported to another manager of their region;
// - about 6% of placed accounts moved once: before a day at least three months after the first
//   record, they were in a sibling territory (same parent, same plan).
import type { AccountRow, RepRow, TerritoryRow } from './generate.js';
import { Rng } from './random.js';
import { dayFromIso, isoDay } from './values.js';

export interface RepManagerHistoryRow {
  organizationId: number;
  repId: number;
  managerId: number | null;
  validFrom: string;
  validTo: string | null;
}

export interface AccountTerritoryHistoryRow {
  organizationId: number;
  accountId: number;
  territoryId: number;
  validFrom: string;
  validTo: string | null;
}

/** Share of reps with a manager who moved, and of placed accounts, per mille. */
const REP_MOVES_PER_MILLE = 120;
const ACCOUNT_MOVES_PER_MILLE = 60;

export function hierarchyHistory(
  reps: readonly RepRow[],
  accounts: readonly AccountRow[],
  territories: readonly TerritoryRow[],
  seed: number,
  todayDay: number,
): { managers: RepManagerHistoryRow[]; placements: AccountTerritoryHistoryRow[] } {
  const rng = new Rng(seed, 'hierarchy-history');
  const managersByRegion = new Map<string, number[]>();
  for (const r of reps) {
    if (r.role !== 'MANAGER') continue;
    managersByRegion.set(r.region, [...(managersByRegion.get(r.region) ?? []), r.id]);
  }
  const managers: RepManagerHistoryRow[] = [];
  for (const r of reps) {
    const hire = dayFromIso(r.hireDate);
    const row = { organizationId: r.organizationId, repId: r.id };
    const others = (managersByRegion.get(r.region) ?? []).filter((m) => m !== r.managerId && m !== r.id);
    const earliest = hire + 60;
    const latest = todayDay - 30;
    if (r.managerId != null && others.length > 0 && earliest < latest && rng.chance(REP_MOVES_PER_MILLE / 1000)) {
      const move = rng.int(earliest, latest);
      const before = others[rng.int(0, others.length - 1)]!;
      managers.push({ ...row, managerId: before, validFrom: r.hireDate, validTo: isoDay(move) });
      managers.push({ ...row, managerId: r.managerId, validFrom: isoDay(move), validTo: null });
    } else {
      managers.push({ ...row, managerId: r.managerId, validFrom: r.hireDate, validTo: null });
    }
  }

  // The organization's first record: its earliest hire (what the migration's backfill uses).
  const first = Math.min(...reps.map((r) => dayFromIso(r.hireDate)));
  const siblings = new Map<string, number[]>();
  for (const t of territories) {
    const key = `${t.salesPlanId}:${t.parentId ?? ''}`;
    siblings.set(key, [...(siblings.get(key) ?? []), t.id]);
  }
  const territoryById = new Map(territories.map((t) => [t.id, t]));
  const placements: AccountTerritoryHistoryRow[] = [];
  for (const a of accounts) {
    if (a.territoryId == null) continue;
    const t = territoryById.get(a.territoryId)!;
    const others = (siblings.get(`${t.salesPlanId}:${t.parentId ?? ''}`) ?? []).filter((id) => id !== t.id);
    const row = { organizationId: a.organizationId, accountId: a.id };
    const earliest = first + 90;
    const latest = todayDay - 30;
    if (others.length > 0 && earliest < latest && rng.chance(ACCOUNT_MOVES_PER_MILLE / 1000)) {
      const move = rng.int(earliest, latest);
      const before = others[rng.int(0, others.length - 1)]!;
      placements.push({ ...row, territoryId: before, validFrom: isoDay(first), validTo: isoDay(move) });
      placements.push({ ...row, territoryId: a.territoryId, validFrom: isoDay(move), validTo: null });
    } else {
      placements.push({ ...row, territoryId: a.territoryId, validFrom: isoDay(first), validTo: null });
    }
  }
  return { managers, placements };
}
