import type { Meta, StoryObj } from '@storybook/react-vite'
import { BackLink, Button, InsetText, TwoThirds } from '@bluelamp/ui'
import { PageShell } from './page-shell.tsx'

function AnotherAgency({ tenantId }: { tenantId: string }) {
  return (
    <PageShell tenantId={tenantId} before={<BackLink href="#previous">Back</BackLink>}>
      <TwoThirds>
        <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Report noise to your local council</h1>
        <p className="mb-4 text-base">
          The police do not deal with noise from neighbours, parties or alarms unless someone is being threatened or
          hurt. Your local council can investigate and take action.
        </p>
        <Button asChild>
          <a href="https://www.gov.uk/find-local-council">Find your local council</a>
        </Button>
        <InsetText>If the noise comes with threats or violence, this is a police matter: call 101, or 999 in an emergency.</InsetText>
        <p className="text-base">
          <a href="#start-again">Report something else</a>
        </p>
      </TwoThirds>
    </PageShell>
  )
}

const meta = {
  title: 'Patterns/Another agency',
  component: AnotherAgency,
  args: { tenantId: '' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `When the police are not the right organisation (noise, fly-tipping, lost property), say who is, link
to them as the main action, and say when it would be a police matter after all.`,
      },
    },
  },
  render: (args, { globals }) => <AnotherAgency {...args} tenantId={String(globals.theme ?? '')} />,
} satisfies Meta<typeof AnotherAgency>

export default meta
export const Default: StoryObj<typeof meta> = {}
