'use client'
/**
 * The publish button of documents with scheduled publishing (the collection's
 * `admin.components.edit.PublishButton`). It is Payload 3.90's PublishButton (@payloadcms/ui,
 * elements/PublishButton), the same in what it does, with one change: its "Schedule publish" entry
 * opens our drawer (ScheduleDrawer.tsx), which shows times as 02.12.2026 14:30 in Oslo time.
 * Payload gives no other way in: its drawer is not a component slot, is not exported, and passes
 * its date picker no display format. On a Payload upgrade, compare this file with Payload's.
 */
import { getTranslation } from '@payloadcms/translations'
import {
  FormSubmit,
  PopupList,
  useConfig,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormModified,
  useHotkey,
  useLocale,
  useModal,
  useOperation,
  useTranslation,
} from '@payloadcms/ui'
import type { ClientCollectionConfig, ClientGlobalConfig } from 'payload'
import {
  formatAdminURL,
  hasAutosaveEnabled,
  hasLocalizeStatusEnabled,
  hasScheduledPublishEnabled,
} from 'payload/shared'
import React, { useCallback, useMemo } from 'react'

import { hasLocalizedFields } from './localizedFields'
import { ScheduleDrawer } from './ScheduleDrawer'

/** "?depth=0&locale=nn": the flat query strings Payload builds with qs. */
const query = (params: Record<string, unknown>) =>
  `?${new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, String(value)]],
    ),
  )}`

export function PublishButton({ label: labelProp }: { label?: string }) {
  const {
    id,
    collectionSlug,
    globalSlug,
    hasPublishedDoc,
    hasPublishPermission,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const editDepth = useEditDepth()
  const { code: localeCode } = useLocale()
  const { isModalOpen, toggleModal } = useModal()
  const operation = useOperation()
  const { i18n, t } = useTranslation()
  const drawerSlug = `schedule-publish-${id}`
  const {
    localization,
    routes: { api },
  } = config
  const label = labelProp || t('version:publishChanges')

  const entityConfig = useMemo(
    () =>
      (collectionSlug
        ? getEntityConfig({ collectionSlug })
        : globalSlug
          ? getEntityConfig({ globalSlug })
          : undefined) as ClientCollectionConfig | ClientGlobalConfig | undefined,
    [collectionSlug, globalSlug, getEntityConfig],
  )

  const hasNewerVersions = unpublishedVersionCount > 0
  const canPublish =
    hasPublishPermission &&
    (modified || hasNewerVersions || !hasPublishedDoc) &&
    uploadStatus !== 'uploading'
  const scheduledPublishEnabled = entityConfig ? hasScheduledPublishEnabled(entityConfig) : false
  // With autosave the form is always modified, so scheduling only waits for a save without it.
  const hasAutosave = entityConfig ? hasAutosaveEnabled(entityConfig) : false
  const canSchedulePublish = Boolean(
    scheduledPublishEnabled &&
    hasPublishPermission &&
    (globalSlug || (collectionSlug && id)) &&
    (hasAutosave || !modified),
  )
  const localized = useMemo(() => hasLocalizedFields(entityConfig?.fields ?? []), [entityConfig])
  const isSpecificLocalePublishEnabled = Boolean(localization && localized && hasPublishPermission)
  const disabled = operation === 'update' && !modified
  const localizeStatusEnabled = entityConfig ? hasLocalizeStatusEnabled(entityConfig) : false

  const documentPath = globalSlug
    ? `/globals/${globalSlug}`
    : `/${collectionSlug}${id ? `/${id}` : ''}`

  const saveDraft = useCallback(async () => {
    if (disabled) return
    const params = query({ depth: 0, draft: true, 'fallback-locale': 'null', locale: localeCode })
    await submit({
      action: formatAdminURL({ apiRoute: api, path: `${documentPath}${params}` as `/${string}` }),
      method: collectionSlug && id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
  }, [disabled, localeCode, submit, api, documentPath, collectionSlug, id])

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (e) => {
    e.preventDefault()
    e.stopPropagation()
    if (hasAutosave) void saveDraft()
  })

  const publishWith = useCallback(
    async (options: Record<string, unknown>) => {
      if (uploadStatus === 'uploading') return
      const params = query({ depth: 0, ...options })
      const result = await submit({
        action: formatAdminURL({ apiRoute: api, path: `${documentPath}${params}` as `/${string}` }),
        overrides: { _status: 'published' },
      })
      if (result) {
        setUnpublishedVersionCount(0)
        setMostRecentVersionIsAutosaved(false)
        setHasPublishedDoc(true)
      }
    },
    [
      uploadStatus,
      submit,
      api,
      documentPath,
      setUnpublishedVersionCount,
      setMostRecentVersionIsAutosaved,
      setHasPublishedDoc,
    ],
  )
  const publish = () =>
    publishWith({ locale: localeCode, ...(localizeStatusEnabled && { publishAllLocales: true }) })
  const publishSpecificLocale = (locale: string) =>
    publishWith({ locale, publishSpecificLocale: locale })

  // All languages at once, unless fields are localized and the default publish option is 'active'.
  const isDefaultPublishAll =
    !isSpecificLocalePublishEnabled ||
    Boolean(localization && localization.defaultLocalePublishOption !== 'active')
  const activeLocale = localization
    ? localization.locales.find((locale) => locale.code === localeCode)
    : undefined
  const activeLocaleLabel = activeLocale && getTranslation(activeLocale.label, i18n)
  const publishActiveLocale = () => publishSpecificLocale(activeLocale?.code ?? localeCode)

  if (!hasPublishPermission) return null

  return (
    <>
      <FormSubmit
        buttonId="action-save"
        disabled={!canPublish}
        enableSubMenu={canSchedulePublish}
        onClick={isDefaultPublishAll ? publish : publishActiveLocale}
        size="medium"
        SubMenuPopupContent={
          isSpecificLocalePublishEnabled || canSchedulePublish
            ? ({ close }) => (
                <>
                  {canSchedulePublish && (
                    <PopupList.ButtonGroup key="schedule-publish">
                      <PopupList.Button
                        id="schedule-publish"
                        onClick={() => [toggleModal(drawerSlug), close()]}
                      >
                        {t('version:schedulePublish')}
                      </PopupList.Button>
                    </PopupList.ButtonGroup>
                  )}
                  {isSpecificLocalePublishEnabled && (
                    <PopupList.ButtonGroup>
                      <PopupList.Button
                        id="publish-locale"
                        onClick={isDefaultPublishAll ? publishActiveLocale : publish}
                      >
                        {isDefaultPublishAll
                          ? t('version:publishIn', { locale: activeLocaleLabel })
                          : t('version:publishAllLocales')}
                      </PopupList.Button>
                    </PopupList.ButtonGroup>
                  )}
                </>
              )
            : undefined
        }
        type="button"
      >
        {!isDefaultPublishAll ? t('version:publishIn', { locale: activeLocaleLabel }) : label}
      </FormSubmit>
      {canSchedulePublish && isModalOpen(drawerSlug) && (
        <ScheduleDrawer
          defaultType={!hasNewerVersions ? 'unpublish' : 'publish'}
          schedulePublishConfig={
            entityConfig?.versions &&
            typeof entityConfig.versions.drafts === 'object' &&
            typeof entityConfig.versions.drafts.schedulePublish === 'object'
              ? entityConfig.versions.drafts.schedulePublish
              : undefined
          }
          slug={drawerSlug}
        />
      )}
    </>
  )
}
