// Example operations for GraphiQL: one tab per area of the product (performance, whitespace,
// forecast, planning, comp), each with the main questions of that area as named operations under a
// short comment, so a new user runs them with one click (the run button lists a tab's operations).
// They take no IDs, and their periods are computed from today in the demo organization's fiscal
// calendar (years starting in February): the current and the last quarter, the current year, the
// last four weeks, so they answer on a demo seeded at any date. test/graphiql-examples.test.ts
// validates each against the schema and runs it on the demo with the default limits as the demo key.
import { type Period, periodContaining } from '../shared/calendar.js';

/** The demo organization's first fiscal month (seed/generate.ts). */
export const DEMO_FISCAL_YEAR_START_MONTH = 2;

export type ExampleArea = 'performance' | 'whitespace' | 'forecast' | 'planning' | 'comp';

export interface GraphiQLExample {
  area: ExampleArea;
  /** The operation's name in its document. */
  name: string;
  /** What it answers, shown as a comment above it. */
  comment: string;
  document: string;
}

/** The example operations for a demo seeded at `today`. */
export function graphiqlExamples(today: Date = new Date()): GraphiQLExample[] {
  const quarter = periodContaining(today, 'QUARTER', DEMO_FISCAL_YEAR_START_MONTH);
  const lastQuarter: Period = periodContaining(
    new Date(quarter.start.getTime() - 86_400_000),
    'QUARTER',
    DEMO_FISCAL_YEAR_START_MONTH,
  );
  const since = new Date(today.getTime() - 28 * 86_400_000).toISOString().slice(0, 10);
  const until = today.toISOString().slice(0, 10);
  const Q = quarter.key;
  const LQ = lastQuarter.key;
  const FY = quarter.fiscalYear;
  return [
    {
      area: 'performance',
      name: 'RegionsAgainstQuota',
      comment: 'How did each region do against quota last quarter? Bookings, attainment, win rate, coverage.',
      document: `query RegionsAgainstQuota {
  performance(period: "${LQ}", groupBy: REGION) {
    total { bookings quota attainment winRate coverage }
    rows { label bookings quota attainment winRate avgDealSize salesCycleDays openPipeline }
  }
}`,
    },
    {
      area: 'performance',
      name: 'TopReps',
      comment: 'Who are the top five reps of the quarter by attainment?',
      document: `query TopReps {
  performance(period: "${LQ}", groupBy: REP, orderBy: { metric: ATTAINMENT, direction: DESC }, first: 5) {
    rows { label bookings quota attainment wonCount }
  }
}`,
    },
    {
      area: 'performance',
      name: 'AttainmentSpread',
      comment: 'How is attainment spread over the reps, and what would lifting the middle by 5% bring?',
      document: `query AttainmentSpread {
  attainmentDistribution(period: "${LQ}") {
    repCount repsAtOrAboveQuota shareAtOrAboveQuota p25 median p75
    histogram { lowerBound upperBound repCount }
    movingTheMiddle { middleRepCount middleGain topDecileRepCount topDecileGain }
  }
}`,
    },
    {
      area: 'whitespace',
      name: 'WhitespaceByProduct',
      comment: 'Where is the cross-sell? Accounts that do not own each product yet, and their estimated value.',
      document: `query WhitespaceByProduct {
  whitespaceSummary(groupBy: PRODUCT) {
    total { accountCount whitespaceCount totalEstimatedValue penetration }
    groups { product { name } ownedCount whitespaceCount penetration totalEstimatedValue }
  }
}`,
    },
    {
      area: 'whitespace',
      name: 'BestAccountsToExpand',
      comment: 'Which five accounts have the most estimated whitespace, and in which products?',
      document: `query BestAccountsToExpand {
  whitespace(first: 5, orderBy: { field: TOTAL_ESTIMATED_VALUE, direction: DESC }) {
    edges {
      node {
        account { name segment }
        totalEstimatedValue
        cells(statuses: [WHITESPACE]) { product { name } estimatedValue propensity }
      }
    }
  }
}`,
    },
    {
      area: 'forecast',
      name: 'ThisQuarter',
      comment: "This quarter's forecast from the top: the rollup, calls and gap to quota, level by level.",
      document: `query ThisQuarter {
  forecast(periodKey: "${Q}") {
    node {
      rep { name }
      closed commit bestCase pipeline commitForecast projection quota gap
      commitCall { rollup final }
    }
    children { rep { name } subtreeSize closed commitForecast projection quota gap }
    winRates { stages { stage rate closedDeals } }
  }
}`,
    },
    {
      area: 'forecast',
      name: 'WhatMoved',
      comment: "What moved in this quarter's forecast over the last four weeks: won, lost, pushed, added ...?",
      document: `query WhatMoved {
  forecastChanges(periodKey: "${Q}", since: "${since}T00:00:00Z", until: "${until}T00:00:00Z") {
    summary { kind count delta }
  }
}`,
    },
    {
      area: 'forecast',
      name: 'ForecastAccuracy',
      comment: 'How accurate was the forecast of last quarter six weeks in? Error against what closed.',
      document: `query ForecastAccuracy {
  forecastAccuracy(periodKey: "${LQ}", week: 6) {
    node { rep { name } actual commitForecast { forecast error } projection { forecast error } }
    children { rep { name } actual commitForecast { forecast error } }
  }
}`,
    },
    {
      area: 'planning',
      name: 'ThisYearsPlan',
      comment: "This year's sales plans: target, quotas set against it, and the capacity of the team.",
      document: `query ThisYearsPlan {
  salesPlans(first: 3, filter: { fiscalYear: ${FY} }) {
    edges {
      node {
        name status targetAmount
        quotaCheck { quotaTotal target difference overassignmentTotal repCount }
        capacity { yearCapacity target gap hiresNeeded }
      }
    }
  }
}`,
    },
    {
      area: 'planning',
      name: 'TerritoryBalance',
      comment: "Are this year's territories balanced? ARR, pipeline and whitespace per territory.",
      document: `query TerritoryBalance {
  salesPlans(first: 1, filter: { fiscalYear: ${FY}, statuses: [ACTIVE] }) {
    edges {
      node {
        name
        territoryBalance {
          spread { totalArr openPipeline whitespaceValue }
          territories { name accountCount totalArr openPipeline whitespaceValue }
        }
      }
    }
  }
}`,
    },
    {
      area: 'comp',
      name: 'CompPlans',
      comment: 'Which compensation plans are in force, and how do their components pay?',
      document: `query CompPlans {
  compPlans(first: 5, filter: { statuses: [PUBLISHED] }) {
    edges {
      node {
        name version effectiveStart
        components { name kind period targetShare tiers { fromAttainment toAttainment rate } }
      }
    }
  }
}`,
    },
    {
      area: 'comp',
      name: 'PayoutRuns',
      comment: 'What was paid? The latest payout runs, their totals by kind and a few explained lines.',
      document: `query PayoutRuns {
  payoutRuns(first: 3) {
    edges {
      node {
        periodKey status
        summary { lineCount total totals { kind amount } }
        lines(first: 3) { edges { node { rep { name } kind amount explanation } } }
      }
    }
  }
}`,
    },
  ];
}

export const AREAS: readonly { area: ExampleArea; title: string }[] = [
  { area: 'performance', title: 'Performance: attainment, win rates, pipeline (docs/performance.md)' },
  { area: 'whitespace', title: 'Whitespace: cross-sell by account and product (docs/whitespace.md)' },
  { area: 'forecast', title: 'Forecast: rollup, calls, what moved, accuracy (docs/forecast.md)' },
  { area: 'planning', title: 'Planning: sales plans, quotas, capacity, territories (docs/planning.md)' },
  { area: 'comp', title: 'Compensation: plans and payouts (docs/compensation.md)' },
];

/** One area's tab: a heading, then each operation under its comment. */
export function exampleTab(area: ExampleArea, today: Date = new Date()): string {
  const title = AREAS.find((a) => a.area === area)?.title ?? area;
  const operations = graphiqlExamples(today)
    .filter((e) => e.area === area)
    .map((e) => `# ${e.comment}\n${e.document}`);
  return [`# ${title}\n# Pick an operation with the run button.`, ...operations].join('\n\n');
}
