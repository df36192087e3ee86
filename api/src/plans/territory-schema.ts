// Territory mutations: the hierarchy, rules, rep assignments and manual account moves.

import { builder } from '../shared/builder.js';
import { parseId, parseOptionalId } from '../shared/ids.js';
import {
  expectedVersionDescription,
  idempotencyKeyDescription,
  mutate,
  userErrorsField,
} from '../shared/user-errors-schema.js';
import { createTerritoryAssignment, deleteTerritoryAssignment, updateTerritoryAssignment } from './assignments.js';
import { TerritoryKindEnum, TerritoryRoleEnum } from './enums.js';
import { type PayloadShape, salesPlanField, territoryField, WRITE_SCOPE } from './payload.js';
import type { TerritoryRuleInput } from './territories.js';
import {
  createTerritory,
  deleteTerritory,
  MAX_ACCOUNTS_PER_MOVE,
  MAX_RULES_PER_TERRITORY,
  moveAccountsToTerritory,
  setTerritoryRules,
  updateTerritory,
} from './territories.js';

export const TerritoryRuleInputRef = builder.inputType('TerritoryRuleInput', {
  description: 'A routing rule: every criterion given must match; omitted criteria match anything.',
  fields: (t) => ({
    priority: t.int({ description: 'Higher wins when several territories match (default 0).' }),
    region: t.string({ description: 'Account region equals this.' }),
    country: t.string({ description: 'Account country equals this.' }),
    industry: t.string({ description: 'Account industry equals this.' }),
    minEmployees: t.int({ description: 'Employees at least this.' }),
    maxEmployees: t.int({ description: 'Employees at most this (inclusive).' }),
  }),
});

const rulesOf = (rules: (typeof TerritoryRuleInputRef.$inferInput)[] | null | undefined): TerritoryRuleInput[] =>
  rules ?? [];

const CreateTerritoryInput = builder.inputType('CreateTerritoryInput', {
  description: 'A new territory in a plan.',
  fields: (t) => ({
    salesPlanId: t.id({ required: true, description: 'The plan (DRAFT or ACTIVE).' }),
    name: t.string({ required: true, description: 'Name, unique in the plan.' }),
    kind: t.field({ type: TerritoryKindEnum, required: true, description: 'How the territory is cut.' }),
    parentId: t.id({ description: 'Parent territory in the same plan; omitted for a top-level territory.' }),
    rules: t.field({
      type: [TerritoryRuleInputRef],
      description: `Routing rules (alternatives), at most ${MAX_RULES_PER_TERRITORY}.`,
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const UpdateTerritoryInput = builder.inputType('UpdateTerritoryInput', {
  description: 'Changes to a territory; absent fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The territory.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    name: t.string({ description: 'New name, unique in the plan.' }),
    kind: t.field({ type: TerritoryKindEnum, description: 'New kind.' }),
    parentId: t.id({ description: 'New parent in the same plan; null makes it top-level.' }),
  }),
});

const DeleteTerritoryInput = builder.inputType('DeleteTerritoryInput', {
  description: 'A territory to remove, with its rules and rep assignments; its accounts become unassigned.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The territory; it must have no children.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
  }),
});

const SetTerritoryRulesInput = builder.inputType('SetTerritoryRulesInput', {
  description: "A territory's complete new list of rules.",
  fields: (t) => ({
    territoryId: t.id({ required: true, description: 'The territory.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    rules: t.field({
      type: [TerritoryRuleInputRef],
      required: true,
      description: 'The rules replacing the current ones; empty removes them all.',
    }),
  }),
});

const MoveAccountsInput = builder.inputType('MoveAccountsToTerritoryInput', {
  description: 'Accounts to place by hand in a territory of the ACTIVE plan.',
  fields: (t) => ({
    territoryId: t.id({ required: true, description: 'The territory, of the ACTIVE plan.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    accountIds: t.idList({ required: true, description: `The accounts, at most ${MAX_ACCOUNTS_PER_MOVE}.` }),
  }),
});

const CreateAssignmentInput = builder.inputType('CreateTerritoryAssignmentInput', {
  description: 'A rep working a territory from a day on.',
  fields: (t) => ({
    territoryId: t.id({ required: true, description: 'The territory.' }),
    repId: t.id({ required: true, description: 'The rep.' }),
    role: t.field({ type: TerritoryRoleEnum, required: true, description: 'PRIMARY owner or OVERLAY.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'First day (inclusive).' }),
    endDate: t.field({ type: 'Date', description: 'End day (exclusive); omitted = open-ended.' }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const UpdateAssignmentInput = builder.inputType('UpdateTerritoryAssignmentInput', {
  description:
    'Changes to an assignment (e.g. ending it); absent fields stay as they are. The days before today are history: a started assignment keeps its start, and a new role ends it today and opens a new assignment from today.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The assignment.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    role: t.field({ type: TerritoryRoleEnum, description: 'New role.' }),
    startDate: t.field({ type: 'Date', description: 'New first day.' }),
    endDate: t.field({ type: 'Date', description: 'New end day (exclusive); null makes it open-ended.' }),
  }),
});

const DeleteAssignmentInput = builder.inputType('DeleteTerritoryAssignmentInput', {
  description:
    'An assignment to remove: one not started yet is deleted; a started one is ended today (its days worked stay history); an ended one is refused.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The assignment.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
  }),
});

const territoryPayload = (name: string, description: string, territory: string) =>
  builder.objectRef<PayloadShape>(name).implement({
    description,
    fields: (t) => ({
      territory: territoryField(t, territory),
      salesPlan: salesPlanField(t, 'The plan after the change, with its new version.'),
      userErrors: userErrorsField(t),
    }),
  });

const AssignmentPayload = (name: string) =>
  builder.objectRef<PayloadShape>(name).implement({
    description: `Result of ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())}.`,
    fields: (t) => ({
      assignment: t.prismaField({
        type: 'TerritoryAssignment',
        nullable: true,
        description:
          'The assignment after the change (after a role change of a started one, the new one from today); null when refused or deleted.',
        resolve: (query, p, _args, ctx) =>
          p.assignmentId == null
            ? null
            : ctx.prisma.territoryAssignment.findUnique({ ...query, where: { id: p.assignmentId } }),
      }),
      territory: territoryField(t, 'The territory of the assignment.'),
      salesPlan: salesPlanField(t, 'The plan after the change, with its new version.'),
      userErrors: userErrorsField(t),
    }),
  });

const MovePayload = builder
  .objectRef<PayloadShape & { movedCount?: number }>('MoveAccountsToTerritoryPayload')
  .implement({
    description: 'Result of moveAccountsToTerritory.',
    fields: (t) => ({
      territory: territoryField(t, 'The territory the accounts are now in.'),
      movedCount: t.int({
        nullable: true,
        description: 'Accounts that changed territory (those already there are not counted).',
        resolve: (p) => p.movedCount ?? null,
      }),
      salesPlan: salesPlanField(t, 'The plan after the change, with its new version.'),
      userErrors: userErrorsField(t),
    }),
  });

builder.mutationFields((t) => ({
  createTerritory: t.field({
    type: territoryPayload('CreateTerritoryPayload', 'Result of createTerritory.', 'The new territory.'),
    description: 'Adds a territory (with its rules) to a plan.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: CreateTerritoryInput, required: true, description: 'The territory.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        createTerritory(ctx, {
          ...input,
          salesPlanId: parseId(input.salesPlanId, 'SalesPlan', ['input', 'salesPlanId']),
          parentId: parseOptionalId(input.parentId, 'Territory', ['input', 'parentId']),
          rules: rulesOf(input.rules),
        }),
      ),
  }),
  updateTerritory: t.field({
    type: territoryPayload('UpdateTerritoryPayload', 'Result of updateTerritory.', 'The territory after the change.'),
    description: 'Renames, re-kinds or moves a territory in the hierarchy.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: UpdateTerritoryInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        updateTerritory(ctx, {
          ...input,
          id: parseId(input.id, 'Territory', ['input', 'id']),
          parentId:
            input.parentId === undefined
              ? undefined
              : (parseOptionalId(input.parentId, 'Territory', ['input', 'parentId']) ?? null),
        }),
      ),
  }),
  deleteTerritory: t.field({
    type: territoryPayload(
      'DeleteTerritoryPayload',
      'Result of deleteTerritory.',
      'Always null: the territory is gone.',
    ),
    description: 'Removes a childless territory with its rules and assignments; its accounts become unassigned.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: DeleteTerritoryInput, required: true, description: 'The territory.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => deleteTerritory(ctx, { ...input, id: parseId(input.id, 'Territory', ['input', 'id']) })),
  }),
  setTerritoryRules: t.field({
    type: territoryPayload(
      'SetTerritoryRulesPayload',
      'Result of setTerritoryRules.',
      'The territory with its new rules.',
    ),
    description: "Replaces a territory's routing rules.",
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: SetTerritoryRulesInput, required: true, description: 'The rules.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        setTerritoryRules(ctx, {
          ...input,
          territoryId: parseId(input.territoryId, 'Territory', ['input', 'territoryId']),
          rules: rulesOf(input.rules),
        }),
      ),
  }),
  moveAccountsToTerritory: t.field({
    type: MovePayload,
    description:
      'Places accounts by hand in a territory of the ACTIVE plan (accounts have one live territory, so scenarios cannot hold manual placements).',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: MoveAccountsInput, required: true, description: 'The accounts and territory.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        moveAccountsToTerritory(ctx, {
          ...input,
          territoryId: parseId(input.territoryId, 'Territory', ['input', 'territoryId']),
          accountIds: input.accountIds.map((id, i) => parseId(id, 'Account', ['input', 'accountIds', i])),
        }),
      ),
  }),
  createTerritoryAssignment: t.field({
    type: AssignmentPayload('CreateTerritoryAssignmentPayload'),
    description:
      'Assigns a rep to a territory for a span of days; refused with CONFLICT when it overlaps an assignment of the same rep to the same territory.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: CreateAssignmentInput, required: true, description: 'The assignment.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        createTerritoryAssignment(ctx, {
          ...input,
          territoryId: parseId(input.territoryId, 'Territory', ['input', 'territoryId']),
          repId: parseId(input.repId, 'Rep', ['input', 'repId']),
        }),
      ),
  }),
  updateTerritoryAssignment: t.field({
    type: AssignmentPayload('UpdateTerritoryAssignmentPayload'),
    description:
      "Changes an assignment's role or dates, keeping its history: on a started assignment a new role ends it today and opens a new one (the payload's assignment); refused with CONFLICT when it would overlap another or move a started assignment's start.",
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: UpdateAssignmentInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        updateTerritoryAssignment(ctx, { ...input, id: parseId(input.id, 'TerritoryAssignment', ['input', 'id']) }),
      ),
  }),
  deleteTerritoryAssignment: t.field({
    type: AssignmentPayload('DeleteTerritoryAssignmentPayload'),
    description:
      'Removes an assignment not started yet; ends a started one today (the payload returns it), so its history stays; refuses an ended one with CONFLICT.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: DeleteAssignmentInput, required: true, description: 'The assignment.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        deleteTerritoryAssignment(ctx, { ...input, id: parseId(input.id, 'TerritoryAssignment', ['input', 'id']) }),
      ),
  }),
}));
