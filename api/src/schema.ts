// Assembles the GraphQL schema from the domain modules. Each module registers its own types and
// fields on the shared builder when imported.
import { isObjectType } from 'graphql';
import { acceptUnknownFormatNames } from './bulk/schema.js';
import { builder } from './shared/builder.js';
import { printMoneyFields } from './shared/scalars.js';
import './organization/schema.js';
import './people/schema.js';
import './people/history-schema.js';
import './accounts/schema.js';
import './products/schema.js';
import './pipeline/schema.js';
import './plans/schema.js';
import './comp/schema.js';
import './access/schema.js';
import './ingestion/schema.js';
import './ingestion/sync-schema.js';
import './whitespace/schema.js';
import './performance/schema.js';
import './forecast/schema.js';
import './forecast/snapshot-schema.js';
import './forecast/range-schema.js';
import './events/schema.js';
import './retention/graphql/queries.js';
import './funnel/graphql/queries.js';

export const schema = builder.toSchema({ sortSchema: true });

// Money fields print their cents (docs/design.md §11); they are marked MONEY where they are defined.
printMoneyFields(schema);

// An unknown bulk export format is a user error on input.format, not a request error (issue 16).
acceptUnknownFormatNames(schema);

// The prisma plugin adds `totalCount` to connections without a description option.
for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && type.name.endsWith('Connection')) {
    const field = type.getFields().totalCount;
    if (field && !field.description) field.description = 'Number of items in the whole list, across all pages.';
  }
}
