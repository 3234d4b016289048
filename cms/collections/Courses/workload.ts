/**
 * How much time a course asks of a participant, as the editor knows it: hours in all, or hours a
 * week for a number of weeks. The site shows it in words and writes it as the ISO 8601
 * `courseWorkload` of every course instance (Google's course rules want it, or a schedule, on each;
 * a self-paced course has no schedule).
 */
import type { Field } from 'payload'

import { inLanguageOf, label } from '../../fields/labels'

const perWeek = (_: unknown, sibling: { per?: string } | undefined) => sibling?.per === 'week'

export const workloadField = (): Field => ({
  name: 'workload',
  type: 'group',
  label: label('Arbeidsmengd', 'Workload'),
  admin: {
    description: label(
      'Kor mykje tid kurset krev av ein deltakar: timar totalt, eller timar i veka i eit tal veker.',
      'How much time the course asks of a participant: hours in all, or hours a week for a number of weeks.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'hours',
          type: 'number',
          min: 0.5,
          max: 2000,
          label: label('Timar', 'Hours'),
          admin: { step: 0.5, width: '33%' },
        },
        {
          name: 'per',
          type: 'select',
          defaultValue: 'total',
          options: [
            { value: 'total', label: label('totalt', 'in all') },
            { value: 'week', label: label('i veka', 'a week') },
          ],
          label: label('Rekna', 'Counted'),
          admin: { width: '33%' },
        },
        {
          name: 'weeks',
          type: 'number',
          min: 1,
          max: 104,
          label: label('Tal på veker', 'Number of weeks'),
          admin: { condition: perWeek, width: '33%' },
          validate: (
            value: unknown,
            {
              siblingData,
              req,
            }: {
              siblingData: { per?: string; hours?: number }
              req?: { i18n?: { language?: string } }
            },
          ) =>
            siblingData?.per !== 'week' ||
            !siblingData?.hours ||
            (typeof value === 'number' && value >= 1)
              ? true
              : inLanguageOf(
                  req,
                  'Skriv kor mange veker kurset varer',
                  'Give the number of weeks the course lasts',
                ),
        },
      ],
    },
  ],
})
