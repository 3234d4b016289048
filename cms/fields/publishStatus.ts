import type { Field } from 'payload'

/** Not stored: the sidebar note saying whether the document's last change is live yet. */
export const publishStatusField = (): Field => ({
  name: 'publishStatus',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/admin/PublishStatus#PublishStatus' },
  },
})
