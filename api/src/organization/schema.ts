// The caller's organization and its fiscal calendar settings.
import { builder } from '../shared/builder.js';

const Organization = builder.prismaObject('Organization', {
  description: 'The company whose sales data this is; every row in the graph belongs to one.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Company name.' }),
    slug: t.exposeString('slug', { description: 'Short unique name.' }),
    fiscalYearStartMonth: t.exposeInt('fiscalYearStartMonth', {
      description: 'First month of the fiscal year (1-12); a fiscal year is named by the year in which it ends.',
    }),
    timeZone: t.exposeString('timeZone', {
      description: 'IANA time zone that decides which period a moment falls in.',
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency of every money amount.' }),
  }),
});

builder.queryField('organization', (t) =>
  t.prismaField({
    type: Organization,
    description: "The caller's organization.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: ctx.organization.id } }),
  }),
);
