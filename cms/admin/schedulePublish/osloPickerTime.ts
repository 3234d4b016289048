/**
 * The scheduling drawer's time, in Oslo time whatever the editor's computer says. react-datepicker
 * shows and returns a Date in the browser's own zone; the office schedules by Oslo's clock. So the
 * picker is handed a Date whose local clock reads Oslo's wall time, and what it returns is read
 * back the same way: an editor in Oslo, or travelling, who picks 14:30 schedules 14:30 in Oslo.
 */
import { fromOsloWallClock, osloParts } from '../../../common/oslo'
import { formatOsloDateTime } from '../format'

/** Norwegian display, as in the admin's lists (payload.config.ts `admin.dateFormat`). */
export const SCHEDULE_DISPLAY_FORMAT = 'dd.MM.yyyy HH:mm'

export const SCHEDULE_PLACEHOLDER = { nn: 'dd.mm.åååå tt:mm', en: 'dd.mm.yyyy hh:mm' } as const

/** The Date the picker should show for an instant: its local clock reads Oslo's. */
export function toPickerTime(instant: Date): Date {
  const p = osloParts(instant)
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute)
}

/** The instant an editor scheduled by picking `picked` (its local clock read as Oslo's). */
export function fromPickerTime(picked: Date): Date {
  return fromOsloWallClock(
    picked.getFullYear(),
    picked.getMonth() + 1,
    picked.getDate(),
    picked.getHours(),
    picked.getMinutes(),
  )
}

/** "02.12.2026 14:30": a scheduled time in the upcoming list, Oslo time. */
export const formatScheduledTime = (instant: Date | string) => formatOsloDateTime(instant)
