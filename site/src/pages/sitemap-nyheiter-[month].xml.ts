import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro'

import { sitemapMonth } from '../lib/feeds'
import { monthSitemapPaths } from '../lib/paths'

export const getStaticPaths = (() => monthSitemapPaths()) satisfies GetStaticPaths
type Props = InferGetStaticPropsType<typeof getStaticPaths>

export const GET: APIRoute<Props> = (ctx) => sitemapMonth(ctx.props.articles, ctx)
