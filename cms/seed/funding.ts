/** Seeds funding schemes in Nynorsk and English, with deadlines relative to the day it runs. */
import type { Payload } from 'payload'

import type { Refs } from './content'
import { fundingSchemes } from './data/fundingSchemes'
import { dayOnly } from './dates'
import { ensure, type SeedTally } from './ensure'
import { richText } from './richText'

export async function seedFundingSchemes(
  payload: Payload,
  tally: SeedTally,
  refs: Pick<Refs, 'topics'>,
) {
  for (const f of fundingSchemes) {
    await ensure(payload, tally, 'funding-schemes', { slug: { equals: f.slug.nn } }, async () => {
      const created = await payload.create({
        collection: 'funding-schemes',
        locale: 'nn',
        data: {
          name: f.name.nn,
          slug: f.slug.nn,
          provider: f.provider,
          whoCanApply: f.whoCanApply.nn,
          amount: f.amount.nn,
          rolling: f.deadlineDaysFromNow === null,
          deadline: f.deadlineDaysFromNow === null ? null : dayOnly(f.deadlineDaysFromNow),
          url: f.url,
          topics: f.topics
            .map((t) => refs.topics.get(t))
            .filter((id): id is number => typeof id === 'number'),
          description: richText(f.description.nn) as never,
        },
      })
      await payload.update({
        collection: 'funding-schemes',
        id: created.id,
        locale: 'en',
        data: {
          name: f.name.en,
          slug: f.slug.en,
          whoCanApply: f.whoCanApply.en,
          amount: f.amount.en,
          description: richText(f.description.en) as never,
        },
      })
      return created
    })
  }
}
