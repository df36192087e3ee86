// Mutation plumbing shared by the planning schema files: every mutation takes one `input`,
// requires the `write:plans` scope (reads need `read:plans`), and returns a payload with the changed objects (by ID, loaded
// with the client's selection) and `userErrors`; a refused input changes nothing.
import type { builder } from '../shared/builder.js';
import type { MutationPayload } from '../shared/user-errors-schema.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const WRITE_SCOPE = 'write:plans';
export const READ_SCOPE = 'read:plans';

export interface PayloadShape extends MutationPayload {
  salesPlanId?: number;
  territoryId?: number;
  assignmentId?: number;
  capacityLineId?: number;
}

type Fields<S> = PothosSchemaTypes.ObjectFieldBuilder<Types, S>;

export function salesPlanField<S extends PayloadShape>(t: Fields<S>, description: string) {
  return t.prismaField({
    type: 'SalesPlan',
    nullable: true,
    description,
    resolve: (query, p, _args, ctx) =>
      p.salesPlanId == null ? null : ctx.prisma.salesPlan.findUnique({ ...query, where: { id: p.salesPlanId } }),
  });
}

export function territoryField<S extends PayloadShape>(t: Fields<S>, description: string) {
  return t.prismaField({
    type: 'Territory',
    nullable: true,
    description,
    resolve: (query, p, _args, ctx) =>
      p.territoryId == null ? null : ctx.prisma.territory.findUnique({ ...query, where: { id: p.territoryId } }),
  });
}
