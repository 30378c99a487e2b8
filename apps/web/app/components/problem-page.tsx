import { translator, type Locale, type MessageKey } from '../i18n/i18n.ts'
import type { ProblemData } from '../lib/site/problem.ts'

const TEXT: Record<Exclude<ProblemData['reason'], 'csrf' | 'rate-limited' | 'too-large'>, [MessageKey, MessageKey]> = {
  'bad-request': ['security.badRequestTitle', 'security.badRequestBody'],
  method: ['security.methodTitle', 'security.methodBody'],
  'content-type': ['security.contentTypeTitle', 'security.contentTypeBody'],
  unavailable: ['security.unavailableTitle', 'security.unavailableBody'],
}

type ProblemShown = Pick<ProblemData, 'reason' | 'retryAfterMinutes'> & { locale?: Locale }

/** A problem page's heading and text: the heading is its title in the browser too (the root's meta). */
export function problemText(problem: ProblemShown, maxFileSize?: string): [string, string] {
  const t = translator(problem.locale ?? 'en')
  return problem.reason === 'csrf'
      ? [t('security.csrfTitle'), t('security.csrfBody')]
      : problem.reason === 'rate-limited'
        ? [
            t('security.rateLimitedTitle'),
            (problem.retryAfterMinutes ?? 1) <= 1
              ? t('security.rateLimitedBodyOne')
              : t('security.rateLimitedBody', { minutes: problem.retryAfterMinutes ?? 1 }),
          ]
        : problem.reason === 'too-large'
          ? [t('security.tooLargeTitle'), t('security.tooLargeBody', { size: maxFileSize ?? '10MB' })]
          : [t(TEXT[problem.reason][0]), t(TEXT[problem.reason][1])]
}

/** The body of the problem pages: 400, 403 (expired or forged form), 405, 413 (too large), 415, 429 (too many attempts), 503. */
export function ProblemPage({ problem, maxFileSize }: { problem: ProblemShown; maxFileSize?: string }) {
  const t = translator(problem.locale ?? 'en')
  const [title, body] = problemText(problem, maxFileSize)
  return (
    <div lang={problem.locale} data-problem={problem.reason}>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{title}</h1>
      <p className="mb-4 max-w-2xl text-lg">{body}</p>
      {problem.reason === 'csrf' ? (
        <p className="mb-4 text-lg">
          <a className="text-link underline" href="/">
            {t('security.csrfBack')}
          </a>
        </p>
      ) : null}
      {problem.reason === 'unavailable' ? <p className="mb-4 max-w-2xl text-lg">{t('security.unavailableBack')}</p> : null}
      <p className="max-w-2xl text-lg">{t('security.emergency')}</p>
    </div>
  )
}
