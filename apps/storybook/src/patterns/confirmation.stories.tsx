import type { Meta, StoryObj } from '@storybook/react-vite'
import { InsetText, Panel, TwoThirds } from '@bluelamp/ui'
import { PageShell } from './page-shell.tsx'

function Confirmation({ tenantId }: { tenantId: string }) {
  return (
    <PageShell tenantId={tenantId}>
      <TwoThirds>
        <Panel title="Report sent">
          Your reference number
          <br />
          <strong>LE-2025-0004-7J3K</strong>
        </Panel>
        <p className="mb-4 text-base">We have sent a confirmation email to sam@example.com.</p>
        <h2 className="mb-4 text-2xl font-bold">What happens next</h2>
        <p className="mb-4 text-base">An officer will review your report. If we need more information we will contact you.</p>
        <InsetText>Keep your reference number. You will need it if you call 101 about this report.</InsetText>
        <p className="text-base">
          <a href="#track">Track your report</a>
        </p>
      </TwoThirds>
    </PageShell>
  )
}

const meta = {
  title: 'Patterns/Confirmation',
  component: Confirmation,
  args: { tenantId: '' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `The end of a report: a Panel with the reference (selectable text), what happens next, and how to
follow up. No back link: the report has been sent.`,
      },
    },
  },
  render: (args, { globals }) => <Confirmation {...args} tenantId={String(globals.theme ?? '')} />,
} satisfies Meta<typeof Confirmation>

export default meta
export const Default: StoryObj<typeof meta> = {}
