// The compensation part of the graph (docs/design.md §8): comp plans and assignments, payout runs and
// their lines, adjustments and disputes, statements, what-if simulation and plan cost modelling.
import './graphql/types.js';
import './graphql/plan-mutations.js';
import './graphql/run-mutations.js';
import './graphql/queries.js';
import './graphql/reports.js';
