import { Articles } from './Articles'
import { Businesses } from './Businesses'
import { Courses } from './Courses'
import { Events } from './Events'
import { Media } from './Media'
import { Newsletters } from './Newsletters'
import { Providers } from './Providers'
import { Subscribers } from './Subscribers'
import { Topics } from './Topics'
import { Users } from './Users'

export const collections = [Users, Media, Topics, Articles, Events, Providers, Courses, Businesses, Subscribers, Newsletters]
