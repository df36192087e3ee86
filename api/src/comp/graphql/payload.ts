// The compensation schema's scopes and field-builder type; payloads, `userErrors` and `mutate`
// come from shared/user-errors-schema.ts like every module's.
import type { builder } from '../../shared/builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type Fields<S> = PothosSchemaTypes.ObjectFieldBuilder<Types, S>;

/** Comp administration: plans, assignments, runs, adjustments, dispute resolution. */
export const WRITE_COMP = 'write:comp';
/** Comp reads, within pay visibility. */
export const READ_COMP = 'read:comp';
/** Raising a dispute on a visible payout line. */
export const WRITE_DISPUTES = 'write:disputes';
