// Visibility is one required type (access/visibility.ts, docs/security.md "Visibility"): every
// service that reads rep-bound rows takes a `Visibility`, whose sets say "the whole organization"
// with a value of their own, so a service handed nothing, null or undefined does not compile
// instead of reading everyone's rows. The compile-time half of this file is checked by
// `pnpm typecheck` (which compiles test/): each `@ts-expect-error` fails the typecheck if the line
// below it ever compiles. The runtime half checks the one SQL helper's rendering.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { visibleDealSql } from '../api/src/access/deal-visibility.js';
import {
  canSee,
  narrow,
  ORGANIZATION_WIDE,
  onlyReps,
  type RepSet,
  type Visibility,
  visibleRepSql,
  WHOLE_ORGANIZATION,
} from '../api/src/access/visibility.js';
import type { CompContext } from '../api/src/comp/service.js';
import { simulateCompensation } from '../api/src/comp/simulate.js';
import { payoutStatement } from '../api/src/comp/statements.js';
import type { ForecastContext } from '../api/src/forecast/scope.js';
import { funnel, winLoss } from '../api/src/funnel/service.js';
import { Prisma } from '../api/src/generated/prisma/client.js';
import { newHireRamp } from '../api/src/performance/ramp.js';
import { type PerformanceContext, performance, performanceTrend } from '../api/src/performance/service.js';
import type { QuotaRuleInput } from '../api/src/plans/quota-rule.js';
import type { QuotaReadCtx } from '../api/src/plans/quotas.js';
import { type RetentionContext, retention, retentionSql } from '../api/src/retention/service.js';
import type { Context } from '../api/src/shared/context.js';
import type { TenantPrisma } from '../api/src/shared/tenant.js';
import { type WhitespaceRequest, whitespaceMatrix, whitespaceOpportunities } from '../api/src/whitespace/service.js';
import type { WhitespaceQuery } from '../api/src/whitespace/sql.js';

describe('the visibility type', () => {
  it('is what every analytic service takes, required', () => {
    expectTypeOf<Context['visibility']>().toEqualTypeOf<Visibility>();
    expectTypeOf<PerformanceContext['visibility']>().toEqualTypeOf<Visibility>();
    expectTypeOf<RetentionContext['visibility']>().toEqualTypeOf<Visibility>();
    expectTypeOf<WhitespaceRequest['visibility']>().toEqualTypeOf<Visibility>();
    expectTypeOf<ForecastContext['visibility']>().toEqualTypeOf<Visibility>();
    expectTypeOf<QuotaReadCtx['visibility']>().toEqualTypeOf<Visibility>();
    expectTypeOf(payoutStatement).parameter(1).toEqualTypeOf<Visibility>();
    expectTypeOf(simulateCompensation).parameter(1).toEqualTypeOf<Visibility>();
    expectTypeOf(retentionSql).parameter(3).toEqualTypeOf<Visibility>();
    expectTypeOf<QuotaRuleInput['reps']>().toEqualTypeOf<RepSet>();
    expectTypeOf<WhitespaceQuery['accountOwners']>().toEqualTypeOf<RepSet>();
    expectTypeOf<WhitespaceQuery['dealReps']>().toEqualTypeOf<RepSet>();
  });

  it('has no null or missing value that could mean the whole organization', () => {
    expectTypeOf<null>().not.toMatchTypeOf<Visibility>();
    expectTypeOf<undefined>().not.toMatchTypeOf<Visibility>();
    expectTypeOf<null>().not.toMatchTypeOf<RepSet>();
    expectTypeOf<undefined>().not.toMatchTypeOf<RepSet>();
    expectTypeOf<Visibility['reps']>().toEqualTypeOf<RepSet>();
    expectTypeOf<Visibility['pay']>().toEqualTypeOf<RepSet>();
    expectTypeOf<{ reps: null; pay: null; draftPay: true }>().not.toMatchTypeOf<Visibility>();
    expectTypeOf<readonly number[]>().not.toMatchTypeOf<RepSet>();
    expectTypeOf<ReadonlySet<number>>().not.toMatchTypeOf<RepSet>();
  });

  it('does not compile a service call that forgets it', () => {
    // Never called: only compiled, by `pnpm typecheck`.
    const forgotten = () => {
      const prisma = {} as TenantPrisma;
      const base = { prisma, organizationId: 1, fiscalYearStartMonth: 1 };
      const compCtx = {} as CompContext;
      const period = { period: 'FY2026' };
      // @ts-expect-error performance needs the caller's visibility
      void performance(base, period);
      // @ts-expect-error null is not "the whole organization"
      void performanceTrend({ ...base, visibility: null }, period);
      // @ts-expect-error undefined is not "the whole organization" either
      void funnel({ ...base, visibility: undefined }, period);
      // @ts-expect-error the old optional list is gone
      void winLoss({ ...base, visibleRepIds: null }, period);
      // @ts-expect-error ramp, through the performance context
      void newHireRamp(base, { hiredFrom: new Date(), hiredTo: new Date() });
      // @ts-expect-error retention needs it
      void retention(base, period);
      // @ts-expect-error a whitespace request without it
      void whitespaceMatrix(prisma, 1, {});
      // @ts-expect-error the old whitespace shape is gone
      void whitespaceOpportunities(prisma, 1, { visibleOwnerIds: null });
      // @ts-expect-error a pay statement needs the caller's pay visibility
      void payoutStatement(compCtx, null, { repId: 1, periodKey: 'FY2026' });
      const audience = { compAdmin: true, repId: null, visibleRepIds: null };
      // @ts-expect-error comp's own audience is gone
      void payoutStatement(compCtx, audience, { repId: 1, periodKey: 'FY2026' });
      // The same calls compile once the visibility is given (the whole organization said explicitly):
      // the errors above are the missing visibility's, not the other arguments'.
      const seen = { ...base, visibility: ORGANIZATION_WIDE };
      void performance(seen, period);
      void performanceTrend(seen, period);
      void funnel(seen, period);
      void winLoss(seen, period);
      void newHireRamp(seen, { hiredFrom: new Date(), hiredTo: new Date() });
      void retention(seen, period);
      void whitespaceMatrix(prisma, 1, { visibility: ORGANIZATION_WIDE });
      void whitespaceOpportunities(prisma, 1, { visibility: ORGANIZATION_WIDE });
      void payoutStatement(compCtx, ORGANIZATION_WIDE, { repId: 1, periodKey: 'FY2026' });
      void visibleRepSql(onlyReps([1, 2]), Prisma.sql`r.id`);
      // @ts-expect-error the SQL helper takes a RepSet, not a nullable list
      void visibleRepSql(null, Prisma.sql`r.id`);
      // @ts-expect-error nor a bare list of ids
      void visibleRepSql([1, 2], Prisma.sql`r.id`);
    };
    expect(forgotten).toBeTypeOf('function');
  });
});

describe('visibleRepSql, the one predicate', () => {
  const column = Prisma.sql`r.id`;

  it('is TRUE for the whole organization, FALSE for nobody, else one sorted array parameter', () => {
    expect(visibleRepSql(WHOLE_ORGANIZATION, column).sql).toBe('TRUE');
    expect(visibleRepSql(onlyReps([]), column).sql).toBe('FALSE');
    const some = visibleRepSql(onlyReps([7, 3, 5]), column);
    expect([some.sql, some.values]).toEqual(['r.id = ANY(?::int[])', [[3, 5, 7]]]);
  });

  it('builds the deal rule on it: owner or a split of a visible rep', () => {
    expect(visibleDealSql(WHOLE_ORGANIZATION, 1, Prisma.sql`o`).sql).toBe('TRUE');
    expect(visibleDealSql(onlyReps([]), 1, Prisma.sql`o`).sql).toBe('FALSE');
    const deal = visibleDealSql(onlyReps([4]), 9, Prisma.sql`o`);
    expect(deal.sql.replace(/\s+/g, ' ')).toBe(
      '(o."ownerId" = ANY(?::int[]) OR EXISTS ( SELECT 1 FROM "OpportunitySplit" vis_split WHERE vis_split."opportunityId" = o.id AND vis_split."organizationId" = ? AND vis_split."repId" = ANY(?::int[])))',
    );
    expect(deal.values).toEqual([[4], 9, [4]]);
  });

  it('narrows a chosen scope to what may be seen, never widening it', () => {
    const team = onlyReps([1, 2, 3]);
    const narrowed = narrow(team, [2, 3, 4]);
    expect([canSee(narrowed, 2), canSee(narrowed, 3), canSee(narrowed, 4), canSee(narrowed, 1)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(narrow(WHOLE_ORGANIZATION, [5])).toEqual(onlyReps([5]));
    expect([ORGANIZATION_WIDE.reps, ORGANIZATION_WIDE.pay, ORGANIZATION_WIDE.draftPay]).toEqual([
      WHOLE_ORGANIZATION,
      WHOLE_ORGANIZATION,
      true,
    ]);
  });
});
