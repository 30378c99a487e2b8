import { Button, StartArrow } from '@bluelamp/ui'
import { useT } from '../../lib/site/use-t.ts'

/** The way in for someone who does not know which service fits: a line saying so, and the start button to /report. */
export function ReportSomething({ intro }: { intro: string }) {
  const t = useT()
  return (
    <div data-front-door="start" className="mb-8">
      <p className="mb-4 max-w-2xl text-lg">{intro}</p>
      <Button asChild variant="start">
        <a href="/report" draggable="false">
          {t('frontDoor.start')}
          <StartArrow />
        </a>
      </Button>
    </div>
  )
}
