// Capacity in the graph: capacity line mutations and `SalesPlan.capacity`.
import { RepRoleEnum } from '../people/schema.js';
import { builder } from '../shared/builder.js';
import { parseId } from '../shared/ids.js';
import { Decimal, MONEY } from '../shared/scalars.js';
import {
  expectedVersionDescription,
  idempotencyKeyDescription,
  mutate,
  userErrorsField,
} from '../shared/user-errors-schema.js';
import { type Capacity, type CapacityMonth, computeCapacity, type HireProfile } from './capacity.js';
import { createCapacityLine, deleteCapacityLine, updateCapacityLine } from './capacity-lines.js';
import { type PayloadShape, salesPlanField, WRITE_SCOPE } from './payload.js';
import { checkMoney, checkRange } from './service.js';

const fieldDescriptions = {
  role: 'Job of the planned heads.',
  headcount: 'Heads in seat at the start month (0 to 100000).',
  startMonth: 'Fiscal month (1-12) in which they start.',
  rampMonths: 'Months to full productivity (0 to 36): month k of the ramp produces k/rampMonths.',
  rampedProductivity: 'Bookings per fully ramped head per month, whole cents.',
  attritionRate: 'Expected annual attrition as a fraction of the starting heads (0 to 1, default 0).',
};

const CreateCapacityLineInput = builder.inputType('CreateCapacityLineInput', {
  description: 'Planned headcount of one role starting in one fiscal month.',
  fields: (t) => ({
    salesPlanId: t.id({ required: true, description: 'The plan.' }),
    role: t.field({ type: RepRoleEnum, required: true, description: fieldDescriptions.role }),
    headcount: t.int({ required: true, description: fieldDescriptions.headcount }),
    startMonth: t.int({ required: true, description: fieldDescriptions.startMonth }),
    rampMonths: t.int({ required: true, description: fieldDescriptions.rampMonths }),
    rampedProductivity: t.field({ type: 'Decimal', required: true, description: fieldDescriptions.rampedProductivity }),
    attritionRate: t.field({ type: 'Decimal', description: fieldDescriptions.attritionRate }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const UpdateCapacityLineInput = builder.inputType('UpdateCapacityLineInput', {
  description: 'Changes to a capacity line; absent fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The capacity line.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    role: t.field({ type: RepRoleEnum, description: fieldDescriptions.role }),
    headcount: t.int({ description: fieldDescriptions.headcount }),
    startMonth: t.int({ description: fieldDescriptions.startMonth }),
    rampMonths: t.int({ description: fieldDescriptions.rampMonths }),
    rampedProductivity: t.field({ type: 'Decimal', description: fieldDescriptions.rampedProductivity }),
    attritionRate: t.field({ type: 'Decimal', description: fieldDescriptions.attritionRate }),
  }),
});

const DeleteCapacityLineInput = builder.inputType('DeleteCapacityLineInput', {
  description: 'A capacity line to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The capacity line.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
  }),
});

const capacityPayload = (name: string, line: string) =>
  builder.objectRef<PayloadShape>(name).implement({
    description: `Result of ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())}.`,
    fields: (t) => ({
      capacityLine: t.prismaField({
        type: 'CapacityLine',
        nullable: true,
        description: line,
        resolve: (query, p, _args, ctx) =>
          p.capacityLineId == null
            ? null
            : ctx.prisma.capacityLine.findUnique({ ...query, where: { id: p.capacityLineId } }),
      }),
      salesPlan: salesPlanField(t, 'The plan after the change, with its new version.'),
      userErrors: userErrorsField(t),
    }),
  });

builder.mutationFields((t) => ({
  createCapacityLine: t.field({
    type: capacityPayload('CreateCapacityLinePayload', 'The new line; null when the input was refused.'),
    description: 'Adds planned headcount to a plan.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: CreateCapacityLineInput, required: true, description: 'The line.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(async () => {
        const salesPlanId = parseId(input.salesPlanId, 'SalesPlan', ['input', 'salesPlanId']);
        const created = await createCapacityLine(ctx, {
          ...input,
          salesPlanId,
          rampedProductivity: input.rampedProductivity as Decimal,
          attritionRate: (input.attritionRate as Decimal | null | undefined) ?? new Decimal(0),
        });
        return { ...created, salesPlanId };
      }),
  }),
  updateCapacityLine: t.field({
    type: capacityPayload('UpdateCapacityLinePayload', 'The line after the change; null when the input was refused.'),
    description: 'Changes a capacity line.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: UpdateCapacityLineInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        updateCapacityLine(ctx, {
          id: parseId(input.id, 'CapacityLine', ['input', 'id']),
          expectedVersion: input.expectedVersion,
          role: input.role ?? undefined,
          headcount: input.headcount ?? undefined,
          startMonth: input.startMonth ?? undefined,
          rampMonths: input.rampMonths ?? undefined,
          rampedProductivity: (input.rampedProductivity as Decimal | null | undefined) ?? undefined,
          attritionRate: (input.attritionRate as Decimal | null | undefined) ?? undefined,
        }),
      ),
  }),
  deleteCapacityLine: t.field({
    type: capacityPayload('DeleteCapacityLinePayload', 'Always null: the line is gone.'),
    description: 'Removes a capacity line.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: DeleteCapacityLineInput, required: true, description: 'The line.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => deleteCapacityLine(ctx, { ...input, id: parseId(input.id, 'CapacityLine', ['input', 'id']) })),
  }),
}));

// ---------------------------------------------------------------- the capacity model

const HireProfileInput = builder.inputType('NewHireProfileInput', {
  description: 'What one new hire looks like, to turn a capacity gap into hires.',
  fields: (t) => ({
    startMonth: t.int({ defaultValue: 1, description: 'Fiscal month (1-12) the hire starts (default 1).' }),
    rampMonths: t.int({ required: true, description: 'Months to full productivity.' }),
    rampedProductivity: t.field({
      type: 'Decimal',
      required: true,
      description: 'Bookings per month once ramped, whole cents.',
    }),
  }),
});

const HireProfileRef = builder.objectRef<HireProfile>('NewHireProfile').implement({
  description: 'The new hire the hires-needed figure assumes.',
  fields: (t) => ({
    startMonth: t.exposeInt('startMonth', { description: 'Fiscal month the hire starts.' }),
    rampMonths: t.exposeInt('rampMonths', { description: 'Months to full productivity.' }),
    rampedProductivity: t.expose('rampedProductivity', {
      type: 'Decimal',
      ...MONEY,
      description: 'Bookings per month once ramped.',
    }),
  }),
});

const CapacityMonthRef = builder.objectRef<CapacityMonth>('CapacityMonth').implement({
  description: 'Productive capacity of one fiscal month.',
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Fiscal month, 1-12.' }),
    periodKey: t.exposeString('periodKey', { description: 'Its period key, e.g. FY2027-M03.' }),
    heads: t.expose('heads', { type: 'Decimal', description: 'Heads in seat after attrition (4 decimals).' }),
    rampedHeads: t.expose('rampedHeads', {
      type: 'Decimal',
      description: 'Fully productive equivalents: heads x ramp share (4 decimals).',
    }),
    productiveCapacity: t.expose('productiveCapacity', {
      type: 'Decimal',
      ...MONEY,
      description: 'Sum over lines of heads x ramp share x ramped productivity, to the cent.',
    }),
  }),
});

const CapacityLineYearRef = builder.objectRef<Capacity['lines'][number]>('CapacityLineYear').implement({
  description: "One capacity line's contribution to the year.",
  fields: (t) => ({
    capacityLine: t.prismaField({
      type: 'CapacityLine',
      description: 'The line.',
      resolve: (query, l, _args, ctx) =>
        ctx.prisma.capacityLine.findUniqueOrThrow({ ...query, where: { id: l.lineId } }),
    }),
    yearCapacity: t.expose('yearCapacity', {
      type: 'Decimal',
      ...MONEY,
      description: 'Its productive capacity over the year.',
    }),
  }),
});

const CapacityRef = builder.objectRef<Capacity>('PlanCapacity').implement({
  description:
    "What the planned team can book in the plan's fiscal year, month by month, against the target: heads in seat (attrition applied monthly) x ramp share x ramped productivity.",
  fields: (t) => ({
    months: t.field({ type: [CapacityMonthRef], description: 'The 12 fiscal months.', resolve: (c) => c.months }),
    lines: t.field({ type: [CapacityLineYearRef], description: 'Per capacity line.', resolve: (c) => c.lines }),
    yearCapacity: t.expose('yearCapacity', { type: 'Decimal', ...MONEY, description: 'Sum of the months.' }),
    target: t.expose('target', { type: 'Decimal', ...MONEY, nullable: true, description: 'The plan target.' }),
    gap: t.expose('gap', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'target - yearCapacity: positive is a shortfall, negative a surplus; null without a target.',
    }),
    hireProfile: t.field({
      type: HireProfileRef,
      nullable: true,
      description: 'The hire assumed (the given profile, else like the largest capacity line, starting in month 1).',
      resolve: (c) => c.hireProfile,
    }),
    hireCapacity: t.expose('hireCapacity', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'What one such hire books in the year: sum over their months of ramp share x productivity.',
    }),
    hiresNeeded: t.exposeInt('hiresNeeded', {
      nullable: true,
      description: 'ceil(gap / hireCapacity); 0 without a shortfall; null without a target or a hire profile.',
    }),
  }),
});

builder.prismaObjectField('SalesPlan', 'capacity', (t) =>
  t.field({
    type: CapacityRef,
    description: 'Productive capacity per month and for the year against the target, the gap, and the hires needed.',
    args: { newHire: t.arg({ type: HireProfileInput, description: 'The hire to count the gap in (optional).' }) },
    select: { id: true, fiscalYear: true, targetAmount: true },
    resolve: async (plan, { newHire }, ctx) => {
      let hire: HireProfile | null = null;
      if (newHire) {
        hire = {
          startMonth: checkRange(newHire.startMonth ?? 1, 1, 12, ['newHire', 'startMonth']),
          rampMonths: checkRange(newHire.rampMonths, 0, 36, ['newHire', 'rampMonths']),
          rampedProductivity: checkMoney(newHire.rampedProductivity as Decimal, ['newHire', 'rampedProductivity']),
        };
      }
      const lines = await ctx.prisma.capacityLine.findMany({ where: { salesPlanId: plan.id }, orderBy: { id: 'asc' } });
      return computeCapacity(plan, lines, hire);
    },
  }),
);
