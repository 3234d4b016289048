import { Articles } from './Articles'
import { FundingSchemes } from './FundingSchemes'
import { NeedsSubmissions } from './NeedsSubmissions'
import { NewsletterBatches } from './NewsletterBatches'
import { SiteBuilds } from './SiteBuilds'
import { WebhookEvents } from './WebhookEvents'
import { Businesses } from './Businesses'
import { Courses } from './Courses'
import { Events } from './Events'
import { EventRegistrations } from './EventRegistrations'
import { GuidanceRequests } from './GuidanceRequests'
import { Media } from './Media'
import { Newsletters } from './Newsletters'
import { Providers } from './Providers'
import { Subscribers } from './Subscribers'
import { Topics } from './Topics'
import { Users } from './Users'

export const collections = [
  Users,
  Media,
  Topics,
  Articles,
  Events,
  EventRegistrations,
  Providers,
  Courses,
  Businesses,
  Subscribers,
  Newsletters,
  FundingSchemes,
  NeedsSubmissions,
  GuidanceRequests,
  NewsletterBatches,
  WebhookEvents,
  SiteBuilds,
]
