import { continueLoader } from '../lib/journey/start.server.ts'

/** /services/<id>/questions: wherever this browser's report has got to (a redirect). */
export const loader = continueLoader
