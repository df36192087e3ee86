// Planning enums, shared by the planning schema files.
import type { SalesPlanStatus, TerritoryKind, TerritoryRole } from '../generated/prisma/client.js';
import { describedEnum } from '../shared/builder.js';

export const SalesPlanStatusEnum = describedEnum<SalesPlanStatus>(
  'SalesPlanStatus',
  'Lifecycle state of a sales plan.',
  {
    DRAFT: 'A scenario being worked on.',
    ACTIVE: 'The one plan in force for its fiscal year.',
    ARCHIVED: 'Kept for reference; no longer in force.',
  },
);
export const TerritoryKindEnum = describedEnum<TerritoryKind>('TerritoryKind', 'How a territory is cut.', {
  GEO: 'By geography (region, country).',
  INDUSTRY: 'By industry.',
  SEGMENT: 'By company size.',
  NAMED: 'A list of named accounts.',
});
export const TerritoryRoleEnum = describedEnum<TerritoryRole>('TerritoryRole', 'Role of a rep in a territory.', {
  PRIMARY: 'Owns the territory and its quota.',
  OVERLAY: 'Specialist who supports the territory on top.',
});
