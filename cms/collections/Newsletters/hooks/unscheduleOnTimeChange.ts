import type { CollectionBeforeChangeHook } from 'payload'

/** Set by the workflow's Schedule / Send now, which queue the job for the new time themselves. */
export const SCHEDULING_CONTEXT = 'newsletterScheduling'

/**
 * An editor who changes "Send at" of a scheduled issue has not rescheduled it yet: the queued job
 * is for the old time and will skip itself. Back to draft, so the panel shows it needs scheduling.
 */
export const unscheduleOnTimeChange: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  if (operation !== 'update' || req.context?.[SCHEDULING_CONTEXT]) return data
  const changed =
    data.scheduledAt !== undefined &&
    new Date(data.scheduledAt ?? 0).getTime() !== new Date(originalDoc?.scheduledAt ?? 0).getTime()
  if (originalDoc?.status === 'scheduled' && data.status !== 'sending' && changed)
    return { ...data, status: 'draft' }
  return data
}
