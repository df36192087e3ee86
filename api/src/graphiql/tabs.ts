// The tabs GraphiQL opens on a first visit (a browser that has no tabs stored from an earlier
// one). The first is the README's first query, headed by how to authenticate; each module can
// add an example operation as one more entry of GRAPHIQL_TABS; the areas' examples are in
// examples.ts.
import { AREAS, exampleTab } from './examples.js';

export interface GraphiQLTab {
  /** The operation, comments included; the tab is named after its first operation. */
  query: string;
  /** Variables as a JSON object, if the operation takes any. */
  variables?: Record<string, unknown>;
}

/** How to get past the 401 of a first visit; shown at the top of the first tab. */
const AUTHENTICATION_HELP = `# Welcome to Coxswain. Every request needs an API key:
# open Headers (below) and set
#   {"Authorization": "Bearer cxs_..."}
# In development \`pnpm start\` prints an admin key for the
# demo organization (and GraphiQL opens with it set);
# \`pnpm api-key\` issues more. The schema (Docs and
# autocompletion) loads as soon as a key is set.
# Run the query with Ctrl-Enter or the run button.
`;

/** README.md, "A first query" (test/graphiql-browser.test.ts checks they stay the same). */
export const FIRST_QUERY = `{
  organization {
    name
    fiscalYearStartMonth
  }
  reps(first: 5, filter: { roles: [MANAGER] }, orderBy: { field: NAME }) {
    totalCount
    edges {
      node {
        name
        region
        directReports {
          name
          role
        }
      }
    }
  }
  opportunities(first: 3, filter: { stages: [NEGOTIATION] }, orderBy: { field: AMOUNT, direction: DESC }) {
    edges {
      node {
        name
        amount
        closeDate
        account {
          name
          segment
        }
        lineItems {
          quantity
          product {
            name
          }
        }
      }
    }
  }
}
`;

/**
 * The first query, then one tab per area with its example operations (examples.ts), their periods
 * taken from the day the server starts.
 */
export const GRAPHIQL_TABS: GraphiQLTab[] = [
  { query: AUTHENTICATION_HELP + FIRST_QUERY },
  ...AREAS.map(({ area }) => ({ query: exampleTab(area) })),
];
