import type { Meta, StoryObj } from '@storybook/react-vite'
import { BackLink, Button, SummaryList, TwoThirds } from '@bluelamp/ui'
import { PageShell } from './page-shell.tsx'

const change = (href: string, what: string) => [{ href, text: 'Change', visuallyHiddenText: what }]

function CheckAnswers({ tenantId }: { tenantId: string }) {
  return (
    <PageShell tenantId={tenantId} before={<BackLink href="#previous">Back</BackLink>}>
      <TwoThirds>
        <h1 className="mb-8 text-3xl font-bold sm:text-4xl">Check your answers before sending your report</h1>
        <h2 className="mb-4 text-2xl font-bold">What happened</h2>
        <SummaryList
          rows={[
            { key: 'Type of crime', value: 'Theft of a bicycle', actions: change('#type', 'type of crime') },
            { key: 'When', value: '27 March 2025, about 2pm', actions: change('#when', 'when it happened') },
            { key: 'Where', value: 'Outside the library\nHigh Street\nLeicester', actions: change('#where', 'where it happened') },
            { key: 'What was stolen', value: 'Bicycle (frame number WTU123456)', actions: change('#stolen', 'what was stolen') },
          ]}
        />
        <h2 className="mb-4 text-2xl font-bold">Your details</h2>
        <SummaryList
          rows={[
            { key: 'Name', value: 'Sam Patel', actions: change('#name', 'name') },
            { key: 'Email', value: 'sam@example.com', actions: change('#email', 'email') },
          ]}
        />
        <h2 className="mb-4 text-2xl font-bold">Now send your report</h2>
        <p className="mb-6 text-base">By sending this report you are confirming that, to the best of your knowledge, the details are correct.</p>
        <form method="post">
          <Button>Accept and send</Button>
        </form>
      </TwoThirds>
    </PageShell>
  )
}

const meta = {
  title: 'Patterns/Check answers',
  component: CheckAnswers,
  args: { tenantId: '' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `Lets people check everything before they send a report. Group answers under headings; each "Change"
link returns to that question and then back here. The declaration sits just above the send button.`,
      },
    },
  },
  render: (args, { globals }) => <CheckAnswers {...args} tenantId={String(globals.theme ?? '')} />,
} satisfies Meta<typeof CheckAnswers>

export default meta
export const Default: StoryObj<typeof meta> = {}
