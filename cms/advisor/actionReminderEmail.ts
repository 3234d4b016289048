/**
 * The weekly reminder as an email: Nynorsk (the office's language), plain and short, one line per
 * action with a link to the business in the admin.
 */
import { escapeHtml } from '../../common/html'
import { formatOsloDay } from '../admin/format'
import type { ActionReminder, ReminderAction } from './actionReminders'

export interface ReminderEmail {
  subject: string
  html: string
  text: string
}

const line = (a: ReminderAction) =>
  `${formatOsloDay(a.dueDate)}${a.overdue ? ' (forseinka)' : ''}: ${a.action} – ${a.businessName} (mål: ${a.goal})`

export function actionReminderEmail(reminder: ActionReminder, adminUrl: string): ReminderEmail {
  const { to, actions } = reminder
  const overdue = actions.filter((a) => a.overdue).length
  const subject =
    overdue > 0
      ? `Tiltak denne veka: ${actions.length} med frist, ${overdue} forseinka`
      : `Tiltak denne veka: ${actions.length} med frist`
  const greeting = `Hei ${to.name || to.email}!`
  const intro = 'Desse tiltaka i utviklingsplanane har frist denne veka eller er forseinka:'
  const href = (a: ReminderAction) => `${adminUrl}/collections/businesses/${a.businessId}`
  const outro = `Rådgjevaroversikta: ${adminUrl}/advisor`
  const text = [
    greeting,
    '',
    intro,
    '',
    ...actions.map((a) => `- ${line(a)}\n  ${href(a)}`),
    '',
    outro,
  ]
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...actions.map((a) => `<li><a href="${escapeHtml(href(a))}">${escapeHtml(line(a))}</a></li>`),
    '</ul>',
    `<p><a href="${escapeHtml(`${adminUrl}/advisor`)}">Opne rådgjevaroversikta</a></p>`,
  ]
  return { subject, text: text.join('\n'), html: html.join('\n') }
}
