// The change events a partner can subscribe to (docs/webhooks.md). A change event is an audit
// event with a topic: the audit trail is the transactional outbox, so an event exists if and only
// if its change committed (shared/audit.ts writes both in the change's transaction).

/** Topics a webhook subscription can list, with what each carries. */
export const WEBHOOK_TOPICS = {
  opportunity: 'An opportunity was created, updated or deleted (ingestion).',
  account: 'An account was created, updated or deleted (ingestion).',
  installedProduct: 'An installed product (account × product) was created, updated or deleted (ingestion).',
  'forecast.submitted': 'A forecast call was submitted.',
  'quota.changed': "Quotas of a sales plan were set or allocated (the event's entity is the plan).",
  'territories.realigned': 'Accounts moved between territories: rules applied to a plan, or accounts moved by hand.',
  'salesPlan.activated': 'A sales plan became the active plan.',
  'payoutRun.approved': 'A payout run was approved.',
  'payoutRun.paid': 'A payout run was marked paid.',
  'dispute.opened': 'A dispute was raised on a payout line.',
  'dispute.resolved': 'A dispute was resolved.',
} as const;

export type WebhookTopic = keyof typeof WEBHOOK_TOPICS;

export const ALL_WEBHOOK_TOPICS = Object.keys(WEBHOOK_TOPICS) as WebhookTopic[];

export interface ChangeEventKind {
  topic: WebhookTopic;
  /** What receivers see as `type`, e.g. `payoutRun.approved`. */
  eventType: string;
}

/** Audit actions of single changes that are also change events. */
const ACTION_EVENTS: Readonly<Record<string, ChangeEventKind>> = {
  'forecastSubmission.create': { topic: 'forecast.submitted', eventType: 'forecast.submitted' },
  'quotas.set': { topic: 'quota.changed', eventType: 'quota.changed' },
  'quotas.allocate': { topic: 'quota.changed', eventType: 'quota.changed' },
  'territoryRules.apply': { topic: 'territories.realigned', eventType: 'territories.realigned' },
  'territory.moveAccounts': { topic: 'territories.realigned', eventType: 'territories.realigned' },
  'salesPlan.activate': { topic: 'salesPlan.activated', eventType: 'salesPlan.activated' },
  'payoutRun.approve': { topic: 'payoutRun.approved', eventType: 'payoutRun.approved' },
  'payoutRun.markPaid': { topic: 'payoutRun.paid', eventType: 'payoutRun.paid' },
  'dispute.open': { topic: 'dispute.opened', eventType: 'dispute.opened' },
  'dispute.resolve': { topic: 'dispute.resolved', eventType: 'dispute.resolved' },
};

export function changeEventOf(action: string): ChangeEventKind | null {
  return ACTION_EVENTS[action] ?? null;
}

/** Record types written by ingestion whose changes are events, by their node type name. */
export const RECORD_TOPICS: Readonly<Record<string, WebhookTopic>> = {
  Opportunity: 'opportunity',
  Account: 'account',
  InstalledProduct: 'installedProduct',
  AccountProduct: 'installedProduct',
};
