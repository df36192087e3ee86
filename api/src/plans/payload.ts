// Mutation plumbing shared by the planning schema files: every mutation takes one `input`,
// requires the `write:plans` scope (reads need `read:plans`), and returns a payload with the changed objects (by ID, loaded
// with the client's selection) and `userErrors`; a refused input changes nothing.
import type { builder } from '../shared/builder.js';
import type { UserErrorShape } from '../shared/errors.js';
import { UserErrorRef } from '../shared/user-errors-schema.js';
import { withUserErrors } from './service.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const WRITE_SCOPE = 'write:plans';
export const READ_SCOPE = 'read:plans';

export interface PayloadShape {
  userErrors: UserErrorShape[];
  salesPlanId?: number;
  territoryId?: number;
  assignmentId?: number;
  capacityLineId?: number;
}

type Fields<S> = PothosSchemaTypes.ObjectFieldBuilder<Types, S>;

export const expectedVersionDescription =
  'The plan version the change was prepared against (`SalesPlan.version`); a different current version refuses the change with STALE_VERSION.';
export const idempotencyKeyDescription =
  'Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused.';

export function userErrorsField<S extends PayloadShape>(t: Fields<S>) {
  return t.field({
    type: [UserErrorRef],
    description: 'Why the input was refused; nothing was changed when there are any.',
    resolve: (p) => p.userErrors,
  });
}

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

/** Runs a planning service, turning user errors into the payload's `userErrors`. */
export function mutate<R extends object>(run: () => Promise<R>) {
  return withUserErrors(run) as Promise<Partial<R> & { userErrors: UserErrorShape[] }>;
}
