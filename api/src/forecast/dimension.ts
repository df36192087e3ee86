// Forecast scopes beyond the hierarchy (issue 19): the forecast of a node restricted to a product, a
// product family, a territory, an account segment or an account region. The same rollup runs on a
// narrower set of deals, so every figure, the visibility rules and the rounding are those of the
// unscoped forecast (docs/forecast.md, "Scopes"). The node (a person's subtree) is still `repId`.
import { Prisma, type Segment } from '../generated/prisma/client.js';
import { UserInputError } from '../shared/errors.js';
import { sqlRoundCents } from '../shared/money.js';
import type { ForecastPeriod } from './period.js';
import type { ForecastCaller } from './scope.js';
import { dealCte } from './sql.js';

/** A scope as the API receives it, IDs decoded; every given condition applies. */
export interface DealScopeInput {
  productId?: number | null;
  productFamily?: string | null;
  territoryId?: number | null;
  segment?: Segment | null;
  region?: string | null;
}

/** A scope checked against the organization's data. */
export interface DealScope {
  productId: number | null;
  productFamily: string | null;
  /** The territory asked for and every territory below it. */
  territoryIds: number[] | null;
  segment: Segment | null;
  region: string | null;
}

/** True when the scope restricts the deals of a product (part of a deal's amount counts). */
function byProduct(scope: DealScope): boolean {
  return scope.productId !== null || scope.productFamily !== null;
}

/**
 * Checks a scope and resolves a territory to its subtree; null when nothing restricts. Unknown
 * products, families, territories and regions of the caller's organization are NOT_FOUND naming
 * the argument (`field` is its path, e.g. ['scope']); products, territories and account regions
 * are organization data that no visibility rule restricts (docs/security.md), so that is the
 * only way a scope can be out of the caller's sight. The deals counted are the caller's anyway:
 * the node is checked by resolveNode and only its subtree's credit counts.
 */
export async function resolveDealScope(
  caller: ForecastCaller,
  input: DealScopeInput | null | undefined,
  field: string[],
): Promise<DealScope | null> {
  if (!input) return null;
  const { prisma } = caller.ctx;
  const org = caller.ctx.organization.id;
  const scope: DealScope = {
    productId: input.productId ?? null,
    productFamily: input.productFamily ?? null,
    territoryIds: null,
    segment: input.segment ?? null,
    region: input.region ?? null,
  };
  const [found] = await prisma.$queryRaw<
    { product: boolean; family: boolean; region: boolean; territories: number[] }[]
  >(
    Prisma.sql`
      WITH RECURSIVE territory AS (
        SELECT t.id FROM "Territory" t WHERE t."organizationId" = ${org} AND t.id = ${input.territoryId ?? null}::int
        UNION
        SELECT t.id FROM "Territory" t JOIN territory p ON t."parentId" = p.id WHERE t."organizationId" = ${org})
      SELECT EXISTS (SELECT 1 FROM "Product" p WHERE p."organizationId" = ${org} AND p.id = ${scope.productId}::int) AS product,
             EXISTS (SELECT 1 FROM "Product" p WHERE p."organizationId" = ${org} AND p.family = ${scope.productFamily}::text) AS family,
             EXISTS (SELECT 1 FROM "Account" a WHERE a."organizationId" = ${org} AND a.region = ${scope.region}::text) AS region,
             coalesce((SELECT array_agg(id) FROM territory), '{}') AS territories`,
  );
  const missing = (name: string, what: string) =>
    new UserInputError('NOT_FOUND', `No ${what} in this organization: ${[...field, name].join('.')}`, [...field, name]);
  if (scope.productId !== null && !found?.product) throw missing('productId', 'such product');
  if (scope.productFamily !== null && !found?.family) throw missing('productFamily', 'product of this family');
  if (scope.region !== null && !found?.region) throw missing('region', 'account in this region');
  if (input.territoryId != null) {
    if (!found || found.territories.length === 0) throw missing('territoryId', 'such territory');
    scope.territoryIds = found.territories;
  }
  const restricts = byProduct(scope) || scope.territoryIds !== null || scope.segment !== null || scope.region !== null;
  return restricts ? scope : null;
}

/**
 * `deal(id, "ownerId", amount, stage, category, "closeDate")` of the period (now or as of `asOf`,
 * dealCte) restricted to the scope. Account conditions keep or drop whole deals (the account's
 * territory, segment and region as they are now). A product or family counts the part of a deal's
 * amount its line items make up: amount x (their totalPrice / all line items' totalPrice), rounded
 * half-even to the cent, so the products of a deal add up to it up to a cent per product; a deal
 * without such line items is out of the scope. Line items have no history: a snapshot applies
 * today's product mix to the amount as it was then.
 */
export function scopedDealCtes(org: number, period: ForecastPeriod, asOf: Date | null, scope: DealScope): Prisma.Sql {
  const account: Prisma.Sql[] = [];
  if (scope.territoryIds) account.push(Prisma.sql`a."territoryId" = ANY(${scope.territoryIds}::int[])`);
  if (scope.segment) account.push(Prisma.sql`a.segment = ${scope.segment}::"Segment"`);
  if (scope.region !== null) account.push(Prisma.sql`a.region = ${scope.region}`);
  const accountFilter =
    account.length === 0
      ? Prisma.empty
      : Prisma.sql`AND d.id IN (
          SELECT o.id FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId"
           WHERE o."organizationId" = ${org} AND a."organizationId" = ${org} AND o.id IN (SELECT id FROM deal_all)
             AND ${Prisma.join(account, ' AND ')})`;
  if (!byProduct(scope)) {
    return Prisma.sql`${dealCte(org, period, asOf, 'deal_all')},
    deal AS (SELECT d.* FROM deal_all d WHERE true ${accountFilter})`;
  }
  const product: Prisma.Sql[] = [];
  if (scope.productId !== null) product.push(Prisma.sql`p.id = ${scope.productId}`);
  if (scope.productFamily !== null) product.push(Prisma.sql`p.family = ${scope.productFamily}`);
  const inScope = Prisma.join(product, ' AND ');
  return Prisma.sql`${dealCte(org, period, asOf, 'deal_all')},
    product_share AS (
      SELECT li."opportunityId" AS id,
             sum(li."totalPrice") FILTER (WHERE ${inScope}) / nullif(sum(li."totalPrice"), 0) AS share
        FROM "OpportunityLineItem" li JOIN "Product" p ON p.id = li."productId"
       WHERE li."organizationId" = ${org} AND p."organizationId" = ${org} AND li."opportunityId" IN (SELECT id FROM deal_all)
       GROUP BY li."opportunityId"),
    deal AS (
      SELECT d.id, d."ownerId",
             CASE WHEN s.share = 1 THEN d.amount ELSE ${sqlRoundCents(Prisma.sql`d.amount * s.share`)} END AS amount,
             d.stage, d.category, d."closeDate"
        FROM deal_all d JOIN product_share s ON s.id = d.id
       WHERE s.share > 0 ${accountFilter})`;
}
