// The operation library as TypedDocumentNodes (and all schema types), for urql, Apollo Client,
// graphql-request or any client that accepts a DocumentNode.
export * from './generated/graphql.js';
