// Enums of the compensation graph; each value says what it means for pay.
import type {
  CompComponentKind,
  CompPeriod,
  CompPlanStatus,
  DisputeStatus,
  PayoutLineKind,
  PayoutRunStatus,
} from '../../generated/prisma/enums.js';
import { builder, describedEnum } from '../../shared/builder.js';

export const CompPlanStatusEnum = describedEnum<CompPlanStatus>(
  'CompPlanStatus',
  'Lifecycle state of a comp plan version.',
  {
    DRAFT: 'Being written: editable, never pays, can be simulated and costed.',
    PUBLISHED: 'In force for its effective dates; never changes again (edit = a new version).',
    RETIRED: 'No longer assignable or versionable; still governs the days it covered for existing assignments.',
  },
);

export const CompComponentKindEnum = describedEnum<CompComponentKind>('CompComponentKind', 'How a component pays.', {
  COMMISSION: 'A rate table applied to credited bookings (marginal or retroactive tiers).',
  BONUS: 'A share of the target incentive times the rate of the attainment tier reached.',
  SPIFF: 'A fixed amount per qualifying deal, times the rep credit share of it.',
});

export const CompPeriodEnum = describedEnum<CompPeriod>('CompPeriod', 'The period a component measures and pays.', {
  MONTH: 'Each fiscal month.',
  QUARTER: 'Each fiscal quarter.',
  YEAR: 'The fiscal year, paid by the run whose period ends with the year.',
});

export const PayoutRunStatusEnum = describedEnum<PayoutRunStatus>('PayoutRunStatus', 'State of a payout run.', {
  DRAFT: 'Computed; recomputes freely; visible to comp admins only.',
  APPROVED: 'Approved: never changes again; visible to the reps on their statements.',
  PAID: 'Approved and paid out.',
});

export const PayoutLineKindEnum = describedEnum<PayoutLineKind>(
  'PayoutLineKind',
  'What a payout line pays or takes back.',
  {
    COMMISSION: 'Commission of a component for one period (or a prorated part of it).',
    BONUS: 'Bonus of a component for one period (or a prorated part of it).',
    SPIFF: 'SPIFF of a component for one period.',
    DRAW: 'Top-up to the guaranteed draw (recoverable or not, see the explanation).',
    DRAW_RECOVERY: 'Repayment of an outstanding recoverable draw from earnings above the draw (negative).',
    CLAWBACK: 'Commission taken back for a deal reversed within the clawback window (negative).',
    ADJUSTMENT: 'A manual adjustment with its reason, e.g. a resolved dispute.',
  },
);

export const DisputeStatusEnum = describedEnum<DisputeStatus>('DisputeStatus', 'State of a dispute.', {
  OPEN: 'Raised, awaiting a comp admin.',
  RESOLVED: 'Accepted; any correction is an adjustment paid by a later run.',
  REJECTED: 'Declined, with a resolution saying why.',
});

export const DisputeOutcomeEnum = builder.enumType('DisputeOutcome', {
  description: 'How a comp admin closes a dispute.',
  values: {
    RESOLVED: { value: 'RESOLVED', description: 'Accepted (optionally with an adjustment).' },
    REJECTED: { value: 'REJECTED', description: 'Declined.' },
  } as const,
});
