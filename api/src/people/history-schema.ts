// The hierarchy as of a day: who reported to whom, from the effective-dated manager links
// (docs/design.md "Effective-dated history").
import { dayOf } from '../forecast/period.js';
import type { Rep } from '../generated/prisma/client.js';
import { loadRow } from '../plans/loaders.js';
import { builder } from '../shared/builder.js';
import { parseOptionalId } from '../shared/ids.js';
import { checkAsOf, type HierarchyEntry, hierarchyOn } from './history.js';

/** An entry with the entries that reported to its rep that day (from the same answer). */
type EntryWithReports = HierarchyEntry & { reports: EntryWithReports[] };

const HierarchyEntryRef = builder.objectRef<EntryWithReports>('HierarchyEntry');
HierarchyEntryRef.implement({
  description: 'A rep in the hierarchy on a day, with the manager they reported to then.',
  fields: (t) => ({
    rep: t.prismaField({
      type: 'Rep',
      description: 'The rep.',
      resolve: async (query, e, _args, ctx) => (await loadRow<Rep>(ctx, 'rep', query, e.repId)) as Rep,
    }),
    manager: t.prismaField({
      type: 'Rep',
      nullable: true,
      description: 'The manager the rep reported to that day; null at the top.',
      resolve: (query, e, _args, ctx) => (e.managerId == null ? null : loadRow<Rep>(ctx, 'rep', query, e.managerId)),
    }),
    directReports: t.field({
      type: [HierarchyEntryRef],
      description: "The reps who reported to this rep that day, by id (`rep.directReports` is today's).",
      resolve: (e) => e.reports,
    }),
    depth: t.exposeInt('depth', { description: 'Levels below the root of the answer (0 = a root).' }),
    validFrom: t.expose('validFrom', { type: 'Date', description: 'First day of this manager link (inclusive).' }),
    validTo: t.expose('validTo', {
      type: 'Date',
      nullable: true,
      description: 'Day the link ended (exclusive); null = still valid.',
    }),
  }),
});

builder.queryField('hierarchy', (t) =>
  t.field({
    type: [HierarchyEntryRef],
    description:
      'The sales hierarchy as it was on a day: every rep under the root that day with its manager then, by depth then id. Reps appear from their hire day; a move between managers shows from the day it took effect.',
    authScopes: { scope: 'read:people' },
    args: {
      asOf: t.arg({
        type: 'Date',
        description:
          "The day (default: today in the organization's time zone). Refused in the future or before the organization's first record.",
      }),
      rootId: t.arg.id({
        description: 'Start from this rep (default: every rep without a manager that day).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const rootId = parseOptionalId(args.rootId, 'Rep', ['rootId']) ?? null;
      const day = args.asOf ?? null;
      if (day) await checkAsOf(ctx.prisma, ctx.organization, day, ['asOf']);
      const entries = await hierarchyOn(
        ctx.prisma,
        ctx.organization.id,
        day ?? dayOf(new Date(), ctx.organization.timeZone),
        rootId,
      );
      // Every report of an entry's rep that day is in the answer (it holds whole subtrees).
      const withReports: EntryWithReports[] = entries.map((e) => ({ ...e, reports: [] }));
      const byRep = new Map(withReports.map((e) => [e.repId, e]));
      for (const e of [...withReports].sort((a, b) => a.repId - b.repId)) {
        if (e.managerId != null && e.depth > 0) byRep.get(e.managerId)?.reports.push(e);
      }
      return withReports;
    },
  }),
);
