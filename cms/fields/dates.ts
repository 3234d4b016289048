import type { DateField } from 'payload'

/** Stored in UTC; the admin picks and shows times in Europe/Oslo. */
export const osloDateTime = (name: string, overrides: Partial<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    timezone: true,
    admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
    ...overrides,
  }) as DateField

export const osloDate = (name: string, overrides: Partial<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
    ...overrides,
  }) as DateField
