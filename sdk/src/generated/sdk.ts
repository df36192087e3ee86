import type * as Types from './graphql.js';
export const RepFieldsFragmentDoc = `
    fragment RepFields on Rep {
  id
  externalId
  name
  email
  role
  region
  segment
  hireDate
  terminationDate
  rampMonths
  manager {
    id
    name
  }
}
    `;
export const OrganizationDocument = `
    query Organization {
  organization {
    name
    slug
    fiscalYearStartMonth
    timeZone
    currency
  }
}
    `;
export const RepsDocument = `
    query Reps($first: Int, $after: String, $filter: RepFilter, $orderBy: RepOrder) {
  reps(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...RepFields
      }
    }
  }
}
    ${RepFieldsFragmentDoc}`;
export type Requester<C = {}> = <R, V>(doc: string, vars?: V, options?: C) => Promise<R> | AsyncIterable<R>
export function getSdk<C>(requester: Requester<C>) {
  return {
    Organization(variables?: Types.OrganizationQueryVariables, options?: C): Promise<Types.OrganizationQuery> {
      return requester<Types.OrganizationQuery, Types.OrganizationQueryVariables>(OrganizationDocument, variables, options) as Promise<Types.OrganizationQuery>;
    },
    Reps(variables?: Types.RepsQueryVariables, options?: C): Promise<Types.RepsQuery> {
      return requester<Types.RepsQuery, Types.RepsQueryVariables>(RepsDocument, variables, options) as Promise<Types.RepsQuery>;
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;