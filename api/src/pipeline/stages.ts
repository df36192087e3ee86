// Stages and their default win probabilities (docs/design.md §4), as exact fractions.
import type { OpportunityStage } from '../generated/prisma/client.js';

export const STAGE_PROBABILITY: Record<OpportunityStage, string> = {
  PROSPECTING: '0.1',
  QUALIFICATION: '0.2',
  DISCOVERY: '0.4',
  PROPOSAL: '0.6',
  NEGOTIATION: '0.8',
  CLOSED_WON: '1',
  CLOSED_LOST: '0',
};

export const OPEN_STAGES: OpportunityStage[] = ['PROSPECTING', 'QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION'];

export function isClosedStage(stage: OpportunityStage): boolean {
  return stage === 'CLOSED_WON' || stage === 'CLOSED_LOST';
}
