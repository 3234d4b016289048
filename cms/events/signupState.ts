/**
 * The state of an event's sign-up as the public sees it: counts only, never who. Decided in one
 * place so the site, the endpoint and the admin say the same thing.
 */
export type SignupState = 'open' | 'waitlist' | 'full' | 'closed' | 'cancelled'

export interface SignupCounts {
  confirmed: number
  waitlisted: number
}

export interface SignupEvent {
  startsAt: string
  cancelled?: boolean | null
  capacity?: number | null
  registration?: {
    method?: string | null
    deadline?: string | null
    waitlist?: boolean | null
  } | null
}

export interface SignupStatus extends SignupCounts {
  state: SignupState
  /** null: no limit. */
  placesLeft: number | null
}

export const hasSiteSignup = (e: Pick<SignupEvent, 'registration'>) =>
  e.registration?.method === 'site'

/** The sign-up closes at the deadline, or when the event starts if there is none. */
export function signupClosesAt(e: SignupEvent): Date {
  return new Date(e.registration?.deadline || e.startsAt)
}

export function signupStatus(e: SignupEvent, counts: SignupCounts, now = new Date()): SignupStatus {
  const capacity = e.capacity ?? null
  const placesLeft = capacity === null ? null : Math.max(0, capacity - counts.confirmed)
  const state: SignupState = e.cancelled
    ? 'cancelled'
    : now >= signupClosesAt(e)
      ? 'closed'
      : placesLeft === 0
        ? e.registration?.waitlist
          ? 'waitlist'
          : 'full'
        : 'open'
  return { ...counts, placesLeft, state }
}
