export { cn } from './lib/cn.ts'
// Page
export { SkipLink, type SkipLinkProps } from './skip-link/skip-link.tsx'
export { Main, WidthContainer, TwoThirds, type MainProps, type WidthContainerProps } from './layout/layout.tsx'
export { Header, type HeaderProps, type NavigationItem, type LanguageToggle } from './header/header.tsx'
export { Footer, type FooterProps, type FooterLink } from './footer/footer.tsx'
export { PhaseBanner, type PhaseBannerProps } from './phase-banner/phase-banner.tsx'
export { BackLink, type BackLinkProps } from './back-link/back-link.tsx'
export { Breadcrumbs, type BreadcrumbsProps, type Breadcrumb } from './breadcrumbs/breadcrumbs.tsx'
export {
  ExitThisPage,
  exitNow,
  englishExitThisPageMessages,
  type ExitThisPageProps,
  type ExitThisPageMessages,
} from './exit-this-page/exit-this-page.tsx'
export { EXIT_THIS_PAGE_SCRIPT } from './exit-this-page/exit-this-page-script.ts'
export { CookieBanner, type CookieBannerProps } from './cookie-banner/cookie-banner.tsx'
// Form
export { Button, ButtonGroup, StartArrow, buttonVariants, type ButtonProps, type ButtonGroupProps } from './button/button.tsx'
export { Label, type LabelProps } from './label/label.tsx'
export { Hint, type HintProps } from './hint/hint.tsx'
export { ErrorMessage, type ErrorMessageProps } from './error-message/error-message.tsx'
export { FormField, useFormField, describedBy, type FormFieldProps } from './form-field/form-field.tsx'
export { Fieldset, type FieldsetProps } from './fieldset/fieldset.tsx'
export { TextInput, type TextInputProps } from './text-input/text-input.tsx'
export { Textarea, type TextareaProps } from './textarea/textarea.tsx'
export {
  CharacterCount,
  englishCharacterCountMessages,
  type CharacterCountProps,
  type CharacterCountMessages,
} from './character-count/character-count.tsx'
export { Select, type SelectProps, type SelectOption } from './select/select.tsx'
export { FileUpload, type FileUploadProps } from './file-upload/file-upload.tsx'
export type { ChoiceItem, ChoiceOption, ChoiceDivider } from './choice/choice.tsx'
export { Radios, type RadiosProps } from './radios/radios.tsx'
export { Checkboxes, type CheckboxesProps } from './checkboxes/checkboxes.tsx'
export { DateInput, type DateInputProps, type DatePart } from './date-input/date-input.tsx'
export { TimeInput, type TimeInputProps, type TimePart } from './time-input/time-input.tsx'
export { ErrorSummary, type ErrorSummaryProps, type ErrorSummaryItem } from './error-summary/error-summary.tsx'
export { ERROR_SUMMARY_SCRIPT } from './error-summary/error-summary-script.ts'
// Content
export { WarningText, type WarningTextProps } from './warning-text/warning-text.tsx'
export { Panel, type PanelProps } from './panel/panel.tsx'
export { InsetText, type InsetTextProps } from './inset-text/inset-text.tsx'
export { SummaryList, type SummaryListProps, type SummaryListRow, type SummaryListAction } from './summary-list/summary-list.tsx'
export { NotificationBanner, type NotificationBannerProps } from './notification-banner/notification-banner.tsx'
export { SiteNotice, type SiteNoticeProps } from './site-notice/site-notice.tsx'
export { Details, type DetailsProps } from './details/details.tsx'
export { Tag, tagVariants, reportStatusTag, type TagProps, type ReportStatus } from './tag/tag.tsx'
export { Table, type TableProps, type TableColumn } from './table/table.tsx'
export { Pagination, type PaginationProps, type PaginationLink, type PaginationPage } from './pagination/pagination.tsx'
export { TaskList, type TaskListProps, type TaskListItem } from './task-list/task-list.tsx'
export { StepProgress, type StepProgressProps } from './step-progress/step-progress.tsx'
