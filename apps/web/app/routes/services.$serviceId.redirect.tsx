import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { outcomeLoader } from '../lib/journey/view.server.ts'
import { OutcomePage } from '../components/journey/outcome.tsx'
import { journeyMeta, outcomeDescription, outcomeTitle } from '../components/journey/meta.ts'

export const loader = (args: LoaderFunctionArgs) => outcomeLoader(args, 'REDIRECT')

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [(t) => outcomeTitle(t, data.outcome), data.service.title], (t, site) => outcomeDescription(t, data.outcome, site)) : []

export default function RedirectOutcome() {
  return <OutcomePage page={useLoaderData<typeof loader>()} />
}
