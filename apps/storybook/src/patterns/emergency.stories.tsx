import type { Meta, StoryObj } from '@storybook/react-vite'
import { BackLink, ExitThisPage, TwoThirds, WarningText } from '@bluelamp/ui'
import { PageShell } from './page-shell.tsx'

function EmergencyStop({ tenantId }: { tenantId: string }) {
  return (
    <PageShell
      tenantId={tenantId}
      before={
        <>
          <ExitThisPage />
          <BackLink href="#previous">Back</BackLink>
        </>
      }
    >
      <TwoThirds>
        <h1 className="mb-6 text-3xl font-bold sm:text-4xl">Call 999 now</h1>
        <WarningText iconLabel="Warning">
          This is an emergency. Do not use this online form. Call 999 and ask for the police.
        </WarningText>
        <p className="mb-4 text-base">
          If you cannot speak, call 999 and then press 55 when prompted. The operator will know you need help.
        </p>
        <p className="mb-4 text-base">
          If you are deaf, hard of hearing or speech-impaired, text <strong>999</strong> once you have registered with
          emergencySMS, or use Relay UK by calling <strong>18000</strong>.
        </p>
        <p className="text-base">
          <a href="#not-emergency">I have called 999, or it is not an emergency</a>
        </p>
      </TwoThirds>
    </PageShell>
  )
}

const meta = {
  title: 'Patterns/Emergency stop page',
  component: EmergencyStop,
  args: { tenantId: '' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `Shown when the answers say a crime is happening now or someone is in danger: the service stops and
tells people to call 999, with the silent-solution and text-relay routes. It carries ExitThisPage, since the person
may be with the offender. Nothing here depends on JavaScript.`,
      },
    },
  },
  render: (args, { globals }) => <EmergencyStop {...args} tenantId={String(globals.theme ?? '')} />,
} satisfies Meta<typeof EmergencyStop>

export default meta
export const Default: StoryObj<typeof meta> = {}
