import { PublishStatus as PublishStatus_a16ded3ad086e2f35ecdbeba73173673 } from '../../../admin/PublishStatus'
import { ContentLanguagesCell as ContentLanguagesCell_55d3b43bb605afd65e5c5aa5f5b3a9d5 } from '../../../admin/ContentLanguages'
import { ContentLanguagesField as ContentLanguagesField_55d3b43bb605afd65e5c5aa5f5b3a9d5 } from '../../../admin/ContentLanguages'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DateField as DateField_65de021293200f135db506e678384235 } from '../../../admin/DateField'
import { PublishButton as PublishButton_13722aed060b405eafaf1201feba9214 } from '../../../admin/schedulePublish/PublishButton'
import { UpcomingCoursesField as UpcomingCoursesField_68fe3197ebbfc1e931698b6a283723fc } from '../../../matching/UpcomingCoursesField'
import { LogMeetingButton as LogMeetingButton_38be967a6535b4a8be5e94fd39e8d84e } from '../../../collections/Businesses/admin/LogMeetingButton'
import { MeetingRowLabel as MeetingRowLabel_50ded3a1f813416af81852832b9230de } from '../../../collections/Businesses/admin/MeetingRowLabel'
import { AddFromRegister as AddFromRegister_46a626d6227a7890b4c95b85f949ec5e } from '../../../collections/Businesses/admin/AddFromRegister'
import { NewsletterWorkflow as NewsletterWorkflow_c15f1c3cb17d91c36e0ea7d3f8021f3c } from '../../../collections/Newsletters/admin/Workflow'
import { AdvisorNavLinks as AdvisorNavLinks_b28fc0ecd79c69eab3b724a81690d43d } from '../../../admin/AdvisorNavLinks'
import { AdminNynorsk as AdminNynorsk_7d5291dbe13f186ded95b6329683e476 } from '../../../admin/AdminNynorsk'
import { StartPage as StartPage_3d478a9ccdb61cb3b7bee8373ea37cb7 } from '../../../admin/StartPage'
import { AdvisorDashboardView as AdvisorDashboardView_830c0f36245c1a71531caa96a2c20956 } from '../../../advisor/AdvisorDashboardView'
import { MatchingReportView as MatchingReportView_ced9a27045ed8f459ccf6d66715bd97b } from '../../../matching/MatchingReportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/PublishStatus#PublishStatus": PublishStatus_a16ded3ad086e2f35ecdbeba73173673,
  "/admin/ContentLanguages#ContentLanguagesCell": ContentLanguagesCell_55d3b43bb605afd65e5c5aa5f5b3a9d5,
  "/admin/ContentLanguages#ContentLanguagesField": ContentLanguagesField_55d3b43bb605afd65e5c5aa5f5b3a9d5,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/DateField#DateField": DateField_65de021293200f135db506e678384235,
  "/admin/schedulePublish/PublishButton#PublishButton": PublishButton_13722aed060b405eafaf1201feba9214,
  "/matching/UpcomingCoursesField#UpcomingCoursesField": UpcomingCoursesField_68fe3197ebbfc1e931698b6a283723fc,
  "/collections/Businesses/admin/LogMeetingButton#LogMeetingButton": LogMeetingButton_38be967a6535b4a8be5e94fd39e8d84e,
  "/collections/Businesses/admin/MeetingRowLabel#MeetingRowLabel": MeetingRowLabel_50ded3a1f813416af81852832b9230de,
  "/collections/Businesses/admin/AddFromRegister#AddFromRegister": AddFromRegister_46a626d6227a7890b4c95b85f949ec5e,
  "/collections/Newsletters/admin/Workflow#NewsletterWorkflow": NewsletterWorkflow_c15f1c3cb17d91c36e0ea7d3f8021f3c,
  "/admin/AdvisorNavLinks#AdvisorNavLinks": AdvisorNavLinks_b28fc0ecd79c69eab3b724a81690d43d,
  "/admin/AdminNynorsk#AdminNynorsk": AdminNynorsk_7d5291dbe13f186ded95b6329683e476,
  "/admin/StartPage#StartPage": StartPage_3d478a9ccdb61cb3b7bee8373ea37cb7,
  "/advisor/AdvisorDashboardView#AdvisorDashboardView": AdvisorDashboardView_830c0f36245c1a71531caa96a2c20956,
  "/matching/MatchingReportView#MatchingReportView": MatchingReportView_ced9a27045ed8f459ccf6d66715bd97b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
