/**
 * The weekly reminder of development-plan actions: every open action that is overdue or due in
 * the coming week goes to its owner. The owner is free text on the plan; when it names a staff
 * member (their email or name), the email goes to them, otherwise to the business's contact
 * person, who follows the business up with whoever it names. Actions with neither are left out.
 */
import { type AdvisorBusiness, dueSoonActionsOf, overdueActionsOf } from './advisorDashboard'

export interface StaffMember {
  id: number
  email: string
  name?: string | null
}

export interface ReminderAction {
  businessId: number
  businessName: string
  goal: string
  action: string
  owner: string | null
  dueDate: string
  overdue: boolean
}

export interface ActionReminder {
  to: StaffMember
  actions: ReminderAction[]
}

const key = (s: string) => s.trim().toLocaleLowerCase('nn')

export function actionReminders(
  businesses: AdvisorBusiness[],
  staff: StaffMember[],
  now: Date,
): ActionReminder[] {
  const byId = new Map(staff.map((s) => [s.id, s]))
  const byOwnerText = new Map<string, StaffMember>()
  for (const s of staff) {
    byOwnerText.set(key(s.email), s)
    if (s.name) byOwnerText.set(key(s.name), s)
  }
  const reminders = new Map<number, ActionReminder>()
  for (const b of businesses) {
    if ((b.registerStatus ?? 'active') !== 'active') continue
    const due = [
      ...overdueActionsOf(b, now).map((a) => ({ ...a, overdue: true })),
      ...dueSoonActionsOf(b, now).map((a) => ({ ...a, overdue: false })),
    ]
    for (const a of due) {
      const to =
        (a.owner ? byOwnerText.get(key(a.owner)) : undefined) ??
        (a.contactPerson !== null ? byId.get(a.contactPerson) : undefined)
      if (!to) continue
      const reminder = reminders.get(to.id) ?? { to, actions: [] }
      reminder.actions.push({
        businessId: a.businessId,
        businessName: a.businessName,
        goal: a.goal,
        action: a.action,
        owner: a.owner,
        dueDate: a.dueDate,
        overdue: a.overdue,
      })
      reminders.set(to.id, reminder)
    }
  }
  return [...reminders.values()].map((r) => ({
    ...r,
    actions: r.actions.sort((x, y) => Date.parse(x.dueDate) - Date.parse(y.dueDate)),
  }))
}
