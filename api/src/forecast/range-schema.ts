// Ranges and the commission liability forecast (docs/forecast.md "Ranges", docs/compensation.md
// "Liability forecast"): `forecastRange` and `forecastLiability`. Resolvers parse arguments, resolve
// the node as the forecast does (a node the caller cannot see is refused) and call range.ts and
// liability.ts.
import { getRefFromModel } from '@pothos/plugin-prisma';
import { CompComponentKindEnum } from '../comp/graphql/enums.js';
import { READ_COMP } from '../comp/graphql/payload.js';
import { builder } from '../shared/builder.js';
import type { Context } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import { parseOptionalId } from '../shared/ids.js';
import { MONEY } from '../shared/scalars.js';
import { centsToDecimal } from './distribution.js';
import {
  DEFAULT_LIABILITY_SAMPLES,
  EXACT_LIMIT,
  forecastLiability,
  type Liability,
  type LiabilityComponent,
  type LiabilityFigure,
  type LiabilityMethod,
  MAX_LIABILITY_SAMPLES,
} from './liability.js';
import { forecastPeriod } from './period.js';
import {
  computeForecastRange,
  DEFAULT_MONTE_CARLO_SAMPLES,
  DEFAULT_SEED,
  type ForecastRange,
  MAX_MONTE_CARLO_SAMPLES,
  parsePercentiles,
  type RangeMonteCarlo,
  type RangeNode,
  type RangePercentile,
  rangeMonteCarlo,
} from './range.js';
import { ForecastPeriodRef } from './schema.js';
import { callerOf, resolveNode } from './scope.js';

const RepRef = getRefFromModel('Rep', builder);

const loadReps = (ids: number[], ctx: Context) =>
  ctx.prisma.rep
    .findMany({ where: { id: { in: ids } } })
    .then((rows) => ids.map((id) => rows.find((r) => r.id === id) ?? new Error(`Rep ${id} not found`)));

const money = (description: string) => ({ type: 'Decimal' as const, ...MONEY, description });

const periodKeyArg = 'Fiscal period key: FY2027, FY2027-Q3 or FY2027-M07.';
const repIdArg =
  "The hierarchy node, as for `forecast`: a node of the period's tree the caller can see (FORBIDDEN outside the caller's part of the hierarchy, NOT_FOUND when no node). Default: the caller's own node, else the top of the period's tree.";
const percentilesArg =
  'Percentiles to report, each strictly between 0 and 1 (OUT_OF_RANGE naming percentiles otherwise). Default [0.1, 0.5, 0.9].';

const PercentileRef = builder.objectRef<RangePercentile>('ForecastPercentile').implement({
  description: 'One percentile of a distribution of money.',
  fields: (t) => ({
    percentile: t.exposeFloat('percentile', { description: 'The probability, e.g. 0.1 for P10.' }),
    amount: t.expose(
      'amount',
      money('The smallest amount the outcome stays at or below with at least this probability.'),
    ),
  }),
});

const MonteCarloRef = builder.objectRef<RangeMonteCarlo>('ForecastRangeMonteCarlo').implement({
  description:
    "A seeded Monte Carlo of the same node's outcome, the cross-check of its exact range. By the Dvoretzky-Kiefer-Wolfowitz inequality, with 99% confidence each sample percentile p lies between the exact range's percentiles at p - epsilon and p + epsilon (lower and upper, widened by the discretisation error).",
  fields: (t) => ({
    samples: t.exposeInt('samples', { description: 'Outcomes drawn.' }),
    seed: t.exposeInt('seed', {
      description: 'Seed of the generator (xoroshiro128+): the same seed draws the same outcomes.',
    }),
    epsilon: t.exposeFloat('epsilon', {
      description: 'sqrt(ln(2 / 0.01) / (2 x samples)): the bound on the sample distribution function at 99%.',
    }),
    percentiles: t.field({
      type: [PercentileRef],
      description: 'The sample percentiles: the ceil(p x samples)-th smallest outcome.',
      resolve: (m) => m.percentiles,
    }),
    lower: t.field({
      type: [PercentileRef],
      description: 'Per percentile p, the exact percentile at p - epsilon less the discretisation error.',
      resolve: (m) => m.lower,
    }),
    upper: t.field({
      type: [PercentileRef],
      description: 'Per percentile p, the exact percentile at p + epsilon plus the discretisation error.',
      resolve: (m) => m.upper,
    }),
  }),
});

const RangeNodeRef = builder
  .objectRef<RangeNode & { percentileArgs: readonly number[] }>('ForecastRangeNode')
  .implement({
    description:
      "The distribution of a node's outcome for the period: its won deals plus each open deal of a counted category (COMMIT, BEST_CASE, PIPELINE) as an independent trial won with its stage's win rate (the projection's). A deal counts once per node with the node's credited amount of it, however many of its reps share it.",
    fields: (t) => ({
      rep: t.loadable({
        type: RepRef,
        description: 'The rep or manager at this node.',
        load: loadReps,
        resolve: (n) => n.repId,
      }),
      closed: t.expose('closed', money('Won so far: the least the period can end at.')),
      expected: t.expose(
        'projection',
        money("The mean of the distribution: the forecast's projection (closed + credited x win rate per line)."),
      ),
      maximum: t.expose('maximum', money('closed + every open deal won.')),
      openDeals: t.exposeInt('openDeals', { description: 'Open deals in the distribution, each counted once.' }),
      percentiles: t.field({
        type: [PercentileRef],
        description: 'The percentiles asked for (default P10, P50, P90) of the exact distribution.',
        resolve: (n) => n.percentiles,
      }),
      bucketSize: t.field({
        ...money(
          'The discretisation: each open deal is rounded to the nearest multiple of this before the convolution (the finest of 0.01, 0.02, 0.05, 0.10, ... that keeps the work bounded).',
        ),
        resolve: (n) => centsToDecimal(n.distribution.bucketCents),
      }),
      discretisationError: t.field({
        ...money(
          'Worst case over all outcomes of the rounding: every percentile is within this of the exact Poisson-binomial percentile. 0 when the bucket is a cent.',
        ),
        resolve: (n) => centsToDecimal(n.distribution.errorCents),
      }),
      monteCarlo: t.field({
        type: MonteCarloRef,
        description:
          'A seeded Monte Carlo of the same trials, as a cross-check of the exact percentiles, with its stated error.',
        args: {
          samples: t.arg.int({
            description: `Outcomes to draw, 1 to ${MAX_MONTE_CARLO_SAMPLES}. Default ${DEFAULT_MONTE_CARLO_SAMPLES}.`,
          }),
          seed: t.arg.int({ description: `Seed of the generator. Default ${DEFAULT_SEED}.` }),
        },
        resolve: (n, args) =>
          rangeMonteCarlo(n, n.percentileArgs, args.samples ?? DEFAULT_MONTE_CARLO_SAMPLES, args.seed ?? DEFAULT_SEED),
      }),
    }),
  });

const RangeRef = builder.objectRef<ForecastRange>('ForecastRange').implement({
  description: "The range of a node's period outcome, with its direct reports': the data of a forecast range chart.",
  fields: (t) => ({
    period: t.field({ type: ForecastPeriodRef, description: 'The period.', resolve: (r) => r.period }),
    node: t.field({
      type: RangeNodeRef,
      description: 'The node, its whole subtree.',
      resolve: (r) => ({ ...r.node, percentileArgs: r.percentiles }),
    }),
    children: t.field({
      type: [RangeNodeRef],
      description: "The node's direct reports in the period's tree, by name, each with its own subtree.",
      resolve: (r) => r.children.map((c) => ({ ...c, percentileArgs: r.percentiles })),
    }),
  }),
});

const LiabilityMethodEnum = builder.enumType('CommissionLiabilityMethod', {
  description: 'How the outcomes of the open deals were evaluated.',
  values: {
    EXACT: {
      value: 'EXACT',
      description: `At most ${EXACT_LIMIT} open deals: every outcome, with its exact probability.`,
    },
    MONTE_CARLO: {
      value: 'MONTE_CARLO',
      description: 'More open deals: seeded samples of the outcomes, with the error stated (epsilon, standardError).',
    },
  } satisfies Record<LiabilityMethod, { value: LiabilityMethod; description: string }>,
});

const LiabilityComponentRef = builder.objectRef<LiabilityComponent>('CommissionLiabilityComponent').implement({
  description: 'The expected pay of one comp plan component.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The component name.' }),
    kind: t.field({
      type: CompComponentKindEnum,
      description: 'How it pays.',
      resolve: (c) => c.kind as 'COMMISSION' | 'BONUS' | 'SPIFF',
    }),
    expected: t.expose('expected', money('Expected pay of the component.')),
  }),
});

const LiabilityFigureRef = builder.objectRef<LiabilityFigure>('CommissionLiability').implement({
  description:
    "The incentive pay (commission, bonus, SPIFF; draws excluded) of a rep or of a subtree for the period, as a distribution over the open deals' outcomes, each computed by the payout run's calculation.",
  fields: (t) => ({
    rep: t.loadable({
      type: RepRef,
      description: 'The rep, or the manager at the top of the subtree.',
      load: loadReps,
      resolve: (f) => f.repId,
    }),
    closedOnly: t.expose('closedOnly', money('The pay if no open deal is won: what the deals already won earn.')),
    expected: t.expose('expected', money('Expected pay (the accrual), half-even to the cent.')),
    percentiles: t.field({
      type: [PercentileRef],
      description: 'Percentiles of the pay (default P10, P50, P90).',
      resolve: (f) => f.percentiles,
    }),
    components: t.field({
      type: [LiabilityComponentRef],
      description: 'Expected pay by plan component, by kind and name.',
      resolve: (f) => f.components,
    }),
  }),
});

const LiabilityRef = builder.objectRef<Liability>('CommissionLiabilityForecast').implement({
  description:
    "The commission expense an open period's forecast implies for a node's subtree, by rep, by direct report's subtree and in all: the accrual finance asks for.",
  fields: (t) => ({
    period: t.field({ type: ForecastPeriodRef, description: 'The period.', resolve: (l) => l.period }),
    method: t.field({ type: LiabilityMethodEnum, description: 'Exact or Monte Carlo.', resolve: (l) => l.method }),
    outcomes: t.exposeInt('outcomes', { description: 'Outcomes evaluated: 2^openDeals when exact, else the samples.' }),
    seed: t.exposeInt('seed', { nullable: true, description: 'Seed of the Monte Carlo; null when exact.' }),
    epsilon: t.exposeFloat('epsilon', {
      description:
        'Monte Carlo: with 99% confidence each percentile p is between the true percentiles at p - epsilon and p + epsilon (DKW). 0 when exact.',
    }),
    standardError: t.expose(
      'standardError',
      money(
        "Monte Carlo: standard error of the node's expected pay (sample standard deviation / sqrt(samples)). 0 when exact.",
      ),
    ),
    openDeals: t.exposeInt('openDeals', { description: 'Open deals crediting the subtree, each counted once.' }),
    node: t.field({ type: LiabilityFigureRef, description: 'The whole subtree.', resolve: (l) => l.node }),
    children: t.field({
      type: [LiabilityFigureRef],
      description: "Each direct report's subtree, by name.",
      resolve: (l) => l.children,
    }),
    reps: t.field({
      type: [LiabilityFigureRef],
      description: 'Every rep of the subtree a comp plan pays in the period, by ID.',
      resolve: (l) => l.reps,
    }),
  }),
});

builder.queryFields((t) => ({
  forecastRange: t.field({
    authScopes: { scope: 'read:forecast' },
    type: RangeRef,
    description:
      "P10/P50/P90 (or the percentiles asked for) of a node's period outcome and of its direct reports', computed exactly (Poisson-binomial by discretised convolution); see docs/forecast.md, Ranges.",
    args: {
      periodKey: t.arg.string({ required: true, description: periodKeyArg }),
      repId: t.arg.id({ description: repIdArg }),
      percentiles: t.arg.floatList({ description: percentilesArg }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = callerOf(ctx);
      const percentiles = parsePercentiles(args.percentiles, ['percentiles']);
      const period = forecastPeriod(args.periodKey, ctx.organization, caller.now, ['periodKey']);
      const repId = await resolveNode(caller, period, parseOptionalId(args.repId, 'Rep', ['repId']), ['repId']);
      return computeForecastRange(caller, period, repId, percentiles);
    },
  }),
  forecastLiability: t.field({
    authScopes: { scope: READ_COMP },
    type: LiabilityRef,
    description:
      "The commission liability forecast of an open period: the incentive pay the forecast's distribution implies, run through the payout run's calculation (nothing is written); see docs/compensation.md, Liability forecast.",
    args: {
      periodKey: t.arg.string({
        required: true,
        description: `${periodKeyArg} The period must be open and a comp plan must pay someone of the subtree in it.`,
      }),
      repId: t.arg.id({ description: `${repIdArg} The caller must see the node's pay.` }),
      percentiles: t.arg.floatList({ description: percentilesArg }),
      samples: t.arg.int({
        description: `Monte Carlo samples when there are more than ${EXACT_LIMIT} open deals, 1 to ${MAX_LIABILITY_SAMPLES}. Default ${DEFAULT_LIABILITY_SAMPLES}.`,
      }),
      seed: t.arg.int({ description: `Seed of the Monte Carlo. Default ${DEFAULT_SEED}.` }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = callerOf(ctx);
      const percentiles = parsePercentiles(args.percentiles, ['percentiles']);
      const period = forecastPeriod(args.periodKey, ctx.organization, caller.now, ['periodKey']);
      const samples = args.samples ?? DEFAULT_LIABILITY_SAMPLES;
      if (samples < 1 || samples > MAX_LIABILITY_SAMPLES) {
        throw new UserInputError('OUT_OF_RANGE', `samples must be between 1 and ${MAX_LIABILITY_SAMPLES}`, ['samples']);
      }
      const repId = await resolveNode(caller, period, parseOptionalId(args.repId, 'Rep', ['repId']), ['repId']);
      return forecastLiability(caller, period, repId, { percentiles, samples, seed: args.seed ?? DEFAULT_SEED });
    },
  }),
}));
