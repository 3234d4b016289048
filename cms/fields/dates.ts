import type { DateField } from 'payload'

/** Stored in UTC; the admin picks and shows times in Europe/Oslo. */
export const osloDateTime = (name: string, overrides: Partial<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    timezone: true,
    ...overrides,
    admin: withDateAdmin(overrides.admin, {
      pickerAppearance: 'dayAndTime',
      displayFormat: 'dd.MM.yyyy HH:mm',
      // 24-hour times in the picker's list too (its default is "1:00 PM").
      timeFormat: 'HH:mm',
      timeIntervals: 15,
    }),
  }) as DateField

export const osloDate = (name: string, overrides: Partial<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    ...overrides,
    admin: withDateAdmin(overrides.admin, {
      pickerAppearance: 'dayOnly',
      displayFormat: 'dd.MM.yyyy',
    }),
  }) as DateField

type DateAdmin = NonNullable<DateField['admin']>

/** The picker's caption and screen-reader labels in the admin language (cms/admin/DateField.tsx). */
const DATE_FIELD = '/admin/DateField#DateField'

/** A field's own admin options (sidebar, condition) must not drop the Norwegian date format. */
function withDateAdmin(admin: DateAdmin | undefined, date: DateAdmin['date']): DateAdmin {
  return {
    ...admin,
    components: { Field: DATE_FIELD, ...admin?.components },
    date: { ...date, ...admin?.date } as DateAdmin['date'],
  }
}

/** For a time Payload or a job records (no time-zone column): shown Norwegian style. */
export const recordedTimeAdmin = {
  components: { Field: DATE_FIELD },
  date: {
    pickerAppearance: 'dayAndTime',
    displayFormat: 'dd.MM.yyyy HH:mm',
    timeFormat: 'HH:mm',
  },
} satisfies DateField['admin']
