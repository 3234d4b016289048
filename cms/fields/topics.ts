import type { RelationshipField } from 'payload'

/** Every part of the product tags with the same shared taxonomy. */
export const topicsField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    admin: { position: 'sidebar' },
    ...overrides,
  }) as RelationshipField
