// One row of every model of the Prisma data model in an organization, parents first, built from
// the data model itself so that a new model is covered without editing the suites that use it
// (tenant isolation, scope coverage). Every text column holds `marker`, so a leak is recognisable.
import { getDatamodel } from '../../api/src/generated/pothos-types.js';
import type { PrismaClient } from '../../api/src/generated/prisma/client.js';
import * as prismaEnums from '../../api/src/generated/prisma/enums.js';

export interface ModelField {
  name: string;
  kind: string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  isId: boolean;
  isUpdatedAt: boolean;
  relationFromFields?: string[];
}

export const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: ModelField[] }>;
const enumValues = prismaEnums as unknown as Record<string, Record<string, string>>;

/** Creates one row of every model except Organization; returns model -> id of the row. */
export async function oneOfEverything(
  prisma: PrismaClient,
  organizationId: number,
  marker: string,
): Promise<Map<string, number>> {
  const created = new Map<string, number>();
  const pending = Object.keys(models).filter((m) => m !== 'Organization');
  while (pending.length) {
    const before = pending.length;
    for (const model of [...pending]) {
      const fields = models[model]?.fields ?? [];
      const fkTarget = new Map<string, string>();
      for (const f of fields) for (const fk of f.relationFromFields ?? []) fkTarget.set(fk, f.type);
      const missing = [...fkTarget].filter(([fk, target]) => {
        const required = fields.find((f) => f.name === fk)?.isRequired;
        return required && target !== 'Organization' && target !== model && !created.has(target);
      });
      if (missing.length) continue;
      const data: Record<string, unknown> = {};
      for (const f of fields) {
        if (f.kind === 'object' || f.isId || f.isUpdatedAt) continue;
        const target = fkTarget.get(f.name);
        if (target) {
          if (target === 'Organization') data[f.name] = organizationId;
          else if (target !== model && created.has(target)) data[f.name] = created.get(target);
          continue;
        }
        if (f.hasDefaultValue && f.type !== 'String') continue;
        if (!f.isRequired && f.type !== 'String') continue;
        const value =
          f.kind === 'enum'
            ? Object.values(enumValues[f.type] ?? {})[0]
            : {
                Int: 1,
                BigInt: BigInt(1),
                String: `${marker} ${model}.${f.name}`,
                Decimal: '1',
                DateTime: new Date('2026-03-01'),
                Boolean: false,
                Json: { note: marker },
              }[f.type];
        data[f.name] = f.isList ? (f.kind === 'enum' ? [] : [value]) : value;
      }
      type Delegate = {
        create: (a: unknown) => Promise<{ id: number }>;
        findFirst: (a: unknown) => Promise<{ id: number } | null>;
      };
      const delegate = (prisma as unknown as Record<string, Delegate>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ] as Delegate;
      // A row a database trigger already wrote for a parent (the manager history of the rep) is
      // this model's row: a second one could break the model's own constraints.
      const existing = fkTarget.has('organizationId')
        ? await delegate.findFirst({ where: { organizationId }, select: { id: true } })
        : null;
      created.set(model, existing?.id ?? (await delegate.create({ data })).id);
      pending.splice(pending.indexOf(model), 1);
    }
    if (pending.length === before) throw new Error(`cannot order the creation of ${pending.join(', ')}`);
  }
  return created;
}
