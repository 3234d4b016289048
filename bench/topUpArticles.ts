/** Adds published articles until there are BENCH_ARTICLES of them (bench scratch databases only). */
import { getCms } from '../cms/getCms'
import { richText } from '../cms/seed/richText'
import { filledByHooks } from '../test/helpers/docs'

const target = Number(process.env.BENCH_ARTICLES ?? 100)
const payload = await getCms()
const { totalDocs } = await payload.count({
  collection: 'articles',
  where: { _status: { equals: 'published' } },
})
for (let i = totalDocs; i < target; i++) {
  await payload.create({
    collection: 'articles',
    locale: 'nn',
    data: filledByHooks({
      title: `Testsak nummer ${i + 1} frå næringskontoret`,
      excerpt: 'Ei kort ingress om kva som skjer i næringslivet i Vinje.',
      body: richText([
        'Første avsnitt med litt tekst.',
        { h2: 'Mellomtittel' },
        'Andre avsnitt med meir tekst.',
      ]) as never,
      _status: 'published',
      publishedAt: new Date(Date.now() - i * 3_600_000).toISOString(),
    }),
  })
}
process.exit(0)
