// Reps and the sales hierarchy: the Rep node, its manager / direct reports / subtree, and the
// `reps` connection with filters and sorting.

import { SegmentEnum } from '../accounts/schema.js';
import type { Prisma, Rep, RepRole } from '../generated/prisma/client.js';
import { builder, describedEnum } from '../shared/builder.js';
import { parseOptionalId } from '../shared/ids.js';
import { SortDirection } from '../shared/sorting.js';
import { subtree } from './hierarchy.js';

export const RepRoleEnum = describedEnum<RepRole>('RepRole', 'Job of a person in the sales organization.', {
  AE: 'Account executive: carries a new-business quota.',
  SDR: 'Sales development rep: books meetings for AEs.',
  SE: 'Sales engineer: technical overlay on deals.',
  AM: 'Account manager: grows and renews existing customers.',
  MANAGER: 'First- or second-line sales manager.',
  EXECUTIVE: 'Sales leader at the top of a hierarchy.',
  SALES_OPS: 'Sales operations: runs plans, quotas and comp.',
});

builder.prismaNode('Rep', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  id: { field: 'id' },
  authScopes: { scope: 'read:people' },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'A person in the sales organization: seller, manager, executive or sales ops.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { nullable: true, description: "The CRM's ID for this person." }),
    name: t.exposeString('name', { description: 'Full name.' }),
    email: t.exposeString('email', { description: 'Work email, unique in the organization ignoring case.' }),
    role: t.expose('role', { type: RepRoleEnum, description: 'Job in the sales organization.' }),
    region: t.exposeString('region', { description: 'Sales region, e.g. NA, EMEA, APAC.' }),
    segment: t.expose('segment', {
      type: SegmentEnum,
      nullable: true,
      description: 'Customer segment the rep sells to.',
    }),
    hireDate: t.expose('hireDate', { type: 'Date', description: 'First day of employment.' }),
    terminationDate: t.expose('terminationDate', {
      type: 'Date',
      nullable: true,
      description: 'Last day of employment, if the rep has left.',
    }),
    rampMonths: t.exposeInt('rampMonths', { description: 'Months a new hire takes to reach full productivity.' }),
    manager: t.relation('manager', {
      nullable: true,
      description: 'Direct manager; null at the top of the hierarchy.',
    }),
    directReports: t.relation('directReports', {
      description: 'People who report directly to this rep, by name.',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    subtree: t.prismaConnection(
      {
        type: 'Rep',
        cursor: 'id',
        description: 'Everyone below this rep in the hierarchy, at any depth (not including the rep), by id.',
        totalCount: async (rep, _args, ctx) => (await subtree(ctx.prisma, ctx.organization.id, rep.id)).length - 1,
        resolve: async (query, rep, _args, ctx) => {
          const ids = (await subtree(ctx.prisma, ctx.organization.id, rep.id))
            .map((r) => r.id)
            .filter((id) => id !== rep.id);
          return ctx.prisma.rep.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: 'asc' } });
        },
      },
      {},
      {},
    ),
    ownedAccounts: t.relatedConnection('ownedAccounts', {
      cursor: 'id',
      authScopes: { scope: 'read:accounts' },
      description: 'Accounts this rep owns, by name.',
      totalCount: true,
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    opportunities: t.relatedConnection('opportunities', {
      cursor: 'id',
      authScopes: { scope: 'read:pipeline' },
      description: 'Opportunities this rep owns, latest close date first.',
      totalCount: true,
      query: { orderBy: [{ closeDate: 'desc' }, { id: 'desc' }] },
    }),
    quotas: t.relation('quotas', {
      authScopes: { scope: 'read:plans' },
      description: 'Quotas of this rep in every sales plan, by period start.',
      query: { orderBy: [{ periodStart: 'asc' }, { id: 'asc' }] },
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the rep last changed (what `updatedSince` filters on).',
    }),
  }),
});

const RepOrderField = builder.enumType('RepOrderField', {
  description: 'Fields reps can be sorted by.',
  values: {
    NAME: { value: 'name', description: 'Full name.' },
    HIRE_DATE: { value: 'hireDate', description: 'Hire date.' },
    REGION: { value: 'region', description: 'Region, then name.' },
  } as const,
});

const RepOrder = builder.inputType('RepOrder', {
  description: 'Sort order for reps.',
  fields: (t) => ({
    field: t.field({ type: RepOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'asc', description: 'Ascending or descending.' }),
  }),
});

const RepFilter = builder.inputType('RepFilter', {
  description: 'Conditions a rep must meet; all given conditions apply.',
  fields: (t) => ({
    region: t.string({ description: 'Exact region.' }),
    roles: t.field({ type: [RepRoleEnum], description: 'Any of these roles.' }),
    managerId: t.id({ description: 'Direct reports of this rep.' }),
    active: t.boolean({ description: 'true: without a termination date; false: terminated.' }),
    search: t.string({ description: 'Case-insensitive substring of name or email.' }),
    updatedSince: t.field({
      type: 'DateTime',
      description:
        'Changed at or after this instant (incremental extracts: pass the start time of the previous extract).',
    }),
  }),
});

function repWhere(filter: typeof RepFilter.$inferInput | null | undefined): Prisma.RepWhereInput {
  return {
    region: filter?.region ?? undefined,
    role: filter?.roles ? { in: filter.roles } : undefined,
    managerId: parseOptionalId(filter?.managerId, 'Rep', ['filter', 'managerId']),
    terminationDate: filter?.active == null ? undefined : filter.active ? null : { not: null },
    updatedAt: filter?.updatedSince ? { gte: filter.updatedSince } : undefined,
    OR: filter?.search
      ? [
          { name: { contains: filter.search, mode: 'insensitive' } },
          { email: { contains: filter.search, mode: 'insensitive' } },
        ]
      : undefined,
  };
}

builder.queryFields((t) => ({
  reps: t.prismaConnection(
    {
      type: 'Rep',
      cursor: 'id',
      // Read with its nested relations in one statement: they cost as rows of it (access/cost.ts).
      extensions: { oneStatement: true },
      description: 'People in the organization.',
      authScopes: { scope: 'read:people' },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.rep.count({ where: repWhere(filter) }),
      args: {
        filter: t.arg({ type: RepFilter, description: 'Conditions.' }),
        orderBy: t.arg({ type: RepOrder, description: 'Sort order (default: name).' }),
      },
      resolve: (query, _root, { filter, orderBy }, ctx) => {
        const where = repWhere(filter);
        const field = orderBy?.field ?? 'name';
        const direction = orderBy?.direction ?? 'asc';
        // One statement for the page and everything nested under it (db/nested-read.ts).
        return ctx.prisma.$findManyNested<Rep>('Rep', {
          ...query,
          where,
          orderBy: [{ [field]: direction }, { name: direction }, { id: direction }],
        });
      },
    },
    { name: 'RepConnection', description: 'A page of Rep objects.' },
    { name: 'RepEdge', description: 'A Rep in a page, with its cursor.' },
  ),
}));
