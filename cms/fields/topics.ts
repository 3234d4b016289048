import type { RelationshipField } from 'payload'

import { label } from './labels'

/** Every part of the product tags with the same shared taxonomy. */
export const topicsField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    label: label('Tema', 'Topics'),
    admin: { position: 'sidebar' },
    ...overrides,
  }) as RelationshipField
