import type { Meta, StoryObj } from '@storybook/react-vite'
import { BackLink, Button, ErrorSummary, Radios, StepProgress, TwoThirds, WarningText } from '@bluelamp/ui'
import { PageShell } from './page-shell.tsx'

function QuestionPage({ error = false, tenantId }: { error?: boolean; tenantId: string }) {
  return (
    <PageShell tenantId={tenantId} before={<BackLink href="#previous">Back</BackLink>}>
      <TwoThirds>
        {error ? <ErrorSummary errors={[{ href: '#happening-now', text: 'Select yes if the crime is happening now' }]} /> : null}
        <WarningText iconLabel="Warning">If you are in immediate danger, call 999.</WarningText>
        <form method="post" noValidate>
          <StepProgress current={1} total={8} />
          <Radios
            idPrefix="happening-now"
            name="happeningNow"
            legend="Is the crime happening now?"
            legendAsHeading
            hint="Or is the person who did it still nearby?"
            error={error ? 'Select yes if the crime is happening now' : undefined}
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
          />
          <Button>Continue</Button>
        </form>
      </TwoThirds>
    </PageShell>
  )
}

const meta = {
  title: 'Patterns/Question page',
  component: QuestionPage,
  args: { error: false, tenantId: '' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `One question per page: the question is the \`<h1>\` (legend or label as heading), "Question n of
about m" above it, a back link before \`<main>\`, one primary button. On a failed submit the same page returns with
an ErrorSummary (which takes focus), the error beside the field, and "Error: " in the title.`,
      },
    },
  },
  render: (args, { globals }) => <QuestionPage {...args} tenantId={String(globals.theme ?? '')} />,
} satisfies Meta<typeof QuestionPage>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithError: Story = { args: { error: true } }
