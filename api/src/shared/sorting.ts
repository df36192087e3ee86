import { builder } from './builder.js';

export const SortDirection = builder.enumType('SortDirection', {
  description: 'Order of a sorted list.',
  values: {
    ASC: { value: 'asc', description: 'Smallest first.' },
    DESC: { value: 'desc', description: 'Largest first.' },
  } as const,
});
