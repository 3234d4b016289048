/** Staff roles. Editors run content and newsletters; advisors run businesses, plans and needs. */
export const ROLES = ['admin', 'editor', 'advisor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((r) => (roles as string[]).includes(r)))
