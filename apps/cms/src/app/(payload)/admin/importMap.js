import { ReadOnlyNotice as ReadOnlyNotice_710e74b084b91a9892ce416073b7a765 } from '../../../components/admin/ReadOnlyNotice'
import { TitleCell as TitleCell_a9b4d8b89257a84f84710835e9cfd9ef } from '../../../components/admin/TitleCell'
import { SlugFieldWithHelp as SlugFieldWithHelp_b4b13f8b8a74793514a5496086b6f80a } from '../../../components/admin/SlugFieldWithHelp'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ArticleStats as ArticleStats_2305bf8b1722a6905de52eaa4db2539e } from '../../../components/admin/ArticleStats'
import { ValidatedTextField as ValidatedTextField_74911af6ff3502b3c4545ebd0c3c16c1 } from '../../../components/admin/ValidatedTextField'
import { SeoSummary as SeoSummary_8b5001a328846d24610afb7404d07710 } from '../../../components/admin/seo/SeoSummary'
import { SeoTextField as SeoTextField_90e55c65c538314dba3556c9039d9a11 } from '../../../components/admin/seo/SeoTextField'
import { MarkSubstantiveUpdate as MarkSubstantiveUpdate_98d9a107314e227a22a22f7a3586f10c } from '../../../components/admin/MarkSubstantiveUpdate'
import { ScheduledCell as ScheduledCell_bb181a28de79b57cab00180e4abdf28b } from '../../../components/admin/scheduling/ScheduledCell'
import { ReadyCell as ReadyCell_cf9e69452cfdc0c5961a62ef6732e214 } from '../../../components/admin/ReadyCell'
import { NewsletterPanel as NewsletterPanel_5fcc63fa6a090a48badb92b2ced65507 } from '../../../components/admin/NewsletterPanel'
import { ScheduledNotice as ScheduledNotice_e26b91257debf1829379374fbf15f8b8 } from '../../../components/admin/scheduling/ScheduledNotice'
import { ArticlePublishButton as ArticlePublishButton_9ed1ab504cec84e7bbd49f210acc145b } from '../../../components/admin/scheduling/ArticlePublishButton'
import { VersionHistory as VersionHistory_72cef9a0f34800001504712d23b4ba4b } from '../../../components/admin/VersionHistory'
import { ArticleList as ArticleList_756636cb2cd6b813ab092fa5236ed359 } from '../../../components/admin/ArticleList'
import { SignedUpOnCell as SignedUpOnCell_1e9950f437c0891df1ae762c8ecb253a } from '../../../components/admin/signups/SignedUpOn'
import { SignedUpOnField as SignedUpOnField_1e9950f437c0891df1ae762c8ecb253a } from '../../../components/admin/signups/SignedUpOn'
import { ExportSignupsLink as ExportSignupsLink_6c77d1b37fced670e7d6793678e455cb } from '../../../components/admin/ExportSignupsLink'
import { Icon as Icon_dfe4008080d895d460898c3a6155e9ba } from '../../../components/admin/Icon'
import { Logo as Logo_91a09b539d3c86b0aebf520e7564ce08 } from '../../../components/admin/Logo'
import { EditorialQueue as EditorialQueue_dc68164c24f9d8e3fd84a8515eda7a25 } from '../../../components/admin/EditorialQueue'
import { SignupCount as SignupCount_b850536ef973d81d084065807786cac8 } from '../../../components/admin/SignupCount'
import { RecentSends as RecentSends_5b5c72676354d63b0555725869aab4fc } from '../../../components/admin/RecentSends'
import { NavHeader as NavHeader_dc7be914df59c477ae7d9df8b89fc1fe } from '../../../components/admin/NavHeader'
import { ToolbarLabels as ToolbarLabels_6a5edd922bb77955ae724b4ea9ac26e0 } from '../../../components/admin/ToolbarLabels'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/ReadOnlyNotice#ReadOnlyNotice": ReadOnlyNotice_710e74b084b91a9892ce416073b7a765,
  "/components/admin/TitleCell#TitleCell": TitleCell_a9b4d8b89257a84f84710835e9cfd9ef,
  "/components/admin/SlugFieldWithHelp#SlugFieldWithHelp": SlugFieldWithHelp_b4b13f8b8a74793514a5496086b6f80a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/ArticleStats#ArticleStats": ArticleStats_2305bf8b1722a6905de52eaa4db2539e,
  "/components/admin/ValidatedTextField#ValidatedTextField": ValidatedTextField_74911af6ff3502b3c4545ebd0c3c16c1,
  "/components/admin/seo/SeoSummary#SeoSummary": SeoSummary_8b5001a328846d24610afb7404d07710,
  "/components/admin/seo/SeoTextField#SeoTextField": SeoTextField_90e55c65c538314dba3556c9039d9a11,
  "/components/admin/MarkSubstantiveUpdate#MarkSubstantiveUpdate": MarkSubstantiveUpdate_98d9a107314e227a22a22f7a3586f10c,
  "/components/admin/scheduling/ScheduledCell#ScheduledCell": ScheduledCell_bb181a28de79b57cab00180e4abdf28b,
  "/components/admin/ReadyCell#ReadyCell": ReadyCell_cf9e69452cfdc0c5961a62ef6732e214,
  "/components/admin/NewsletterPanel#NewsletterPanel": NewsletterPanel_5fcc63fa6a090a48badb92b2ced65507,
  "/components/admin/scheduling/ScheduledNotice#ScheduledNotice": ScheduledNotice_e26b91257debf1829379374fbf15f8b8,
  "/components/admin/scheduling/ArticlePublishButton#ArticlePublishButton": ArticlePublishButton_9ed1ab504cec84e7bbd49f210acc145b,
  "/components/admin/VersionHistory#VersionHistory": VersionHistory_72cef9a0f34800001504712d23b4ba4b,
  "/components/admin/ArticleList#ArticleList": ArticleList_756636cb2cd6b813ab092fa5236ed359,
  "/components/admin/signups/SignedUpOn#SignedUpOnCell": SignedUpOnCell_1e9950f437c0891df1ae762c8ecb253a,
  "/components/admin/signups/SignedUpOn#SignedUpOnField": SignedUpOnField_1e9950f437c0891df1ae762c8ecb253a,
  "/components/admin/ExportSignupsLink#ExportSignupsLink": ExportSignupsLink_6c77d1b37fced670e7d6793678e455cb,
  "/components/admin/Icon#Icon": Icon_dfe4008080d895d460898c3a6155e9ba,
  "/components/admin/Logo#Logo": Logo_91a09b539d3c86b0aebf520e7564ce08,
  "/components/admin/EditorialQueue#EditorialQueue": EditorialQueue_dc68164c24f9d8e3fd84a8515eda7a25,
  "/components/admin/SignupCount#SignupCount": SignupCount_b850536ef973d81d084065807786cac8,
  "/components/admin/RecentSends#RecentSends": RecentSends_5b5c72676354d63b0555725869aab4fc,
  "/components/admin/NavHeader#NavHeader": NavHeader_dc7be914df59c477ae7d9df8b89fc1fe,
  "/components/admin/ToolbarLabels#ToolbarLabels": ToolbarLabels_6a5edd922bb77955ae724b4ea9ac26e0,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
