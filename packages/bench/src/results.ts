// The shape of results/<date>.json and the table printed at the end of a run (also pasted into the README).
import type { LoadFigures, MixedFigures } from './load.ts'
import type { DurabilityFigures, PageFigures, SubmissionFigures } from './phases.ts'
import type { LighthouseResults } from './lighthouse.ts'
import type { SurgeFigures } from './surge.ts'
import { paths } from './journey.ts'

export interface TargetResults {
  /** Web processes the server ran (WEB_CONCURRENCY). */
  processes: number
  pages: PageFigures[]
  submissions: SubmissionFigures
  mixed: MixedFigures
  memory: { idle_rss_mb: number; peak_rss_mb: number; end_rss_mb: number }
  reports_in_database: number
  durability: DurabilityFigures
  /** The Easter-weekend replay; on the headline database only (Postgres when there is one). */
  surge?: SurgeFigures
}

export interface Results {
  date: string
  machine: { cpu: string; cores: number; memory_gb: number; load_average: number[]; os: string; node: string; postgres: string | null }
  settings: Record<string, unknown>
  ssr: {
    database: string
    processes: number
    page: string
    ratio: number
    app_rps: number
    bare_rps: number
    app_p50_ms: number
    app_p99_ms: number
    home: { ratio: number; app_rps: number; bare_rps: number; app_p99_ms: number }
    /** An appeal's page, beside the home page: force content should cost no more to serve than the home page. */
    appeal: { page: string; ratio: number; app_rps: number; bare_rps: number; app_p99_ms: number }
    /** A question read from the person's draft: rendered for each request, never shared. */
    mid_journey: { page: string; ratio: number; app_rps: number; bare_rps: number; app_p99_ms: number }
  }
  submissions: { database: string; per_second: number; p99_ms: number }
  mixed: { database: string; rate: number; p99_ms: number }
  /** The highest multiple of the Easter 2020 weekend's average session rate held with p99 under the limit and no errors. */
  surge: { database: string; multiple: number; p99_ms: number; errors: number; limit_p99_ms: number; mix: SurgeFigures['mix'] } | null
  memory: { idle_rss_mb: number; peak_rss_mb: number }
  durability: { lost: number; duplicates: number; databases: string[] }
  lighthouse: LighthouseResults | null
  targets: Partial<Record<'pglite' | 'postgres', TargetResults>>
  duration_seconds: number
}

const goal = (ok: boolean) => (ok ? 'met' : 'NOT MET')

export function table(r: Results): string {
  const rows: [string, string, string][] = [['Figure', 'Value', 'Goal']]
  const page = (label: string, p: PageFigures, target?: number) =>
    rows.push([
      `${label}: app / bare req/s`,
      `${p.app.rps} / ${p.bare.rps} = ${p.ratio.toFixed(3)} (app p50 ${p.app.p50_ms} ms, p99 ${p.app.p99_ms} ms)`,
      target ? `≥ ${target.toFixed(2)}: ${goal(p.ratio >= target)}` : '',
    ])
  for (const [name, t] of Object.entries(r.targets)) {
    const processes = `${t.processes} process${t.processes === 1 ? '' : 'es'}`
    page(`Home page (${name}, ${processes})`, t.pages.find((p) => p.path === '/')!)
    page(`Appeal page (${name}, ${processes})`, t.pages.find((p) => p.path === paths.appeal)!)
    page(`First question (${name}, ${processes})`, t.pages.find((p) => p.path === paths.question)!, 0.4)
    page(`Question mid-journey, from the draft (${name}, ${processes})`, t.pages.find((p) => p.path === paths.secondQuestion)!)
    const s = t.submissions
    rows.push([
      `Submissions (${name})`,
      `${s.per_second}/s acknowledged${s.committed ? ` (${s.committed} committed)` : ''}, p99 ${s.p99_ms} ms (${s.connections} connections)` +
        (s.cpu_ms_per_report ? `; CPU per report: server ${s.cpu_ms_per_report.server} ms${name === 'postgres' ? `, Postgres ${s.cpu_ms_per_report.postgres} ms` : ''}, load ${s.cpu_ms_per_report.bench} ms` : ''),
      name === 'postgres' ? `≥ 500/s: ${goal(s.per_second >= 500)}` : '',
    ])
    const m: MixedFigures = t.mixed
    rows.push([
      `Mixed ${m.rate} req/s, 90/10 (${name})`,
      `p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms (pages ${m.page_p99_ms}, submissions ${m.submission_p99_ms}), ${m.errors} errors`,
      `p99 < 50 ms: ${goal(m.p99_ms < 50)}`,
    ])
    if (t.surge) {
      const g = t.surge
      const held = g.steps.filter((x) => x.held).at(-1)
      rows.push([
        `Surge replay, Easter 2020 weekend's average × (${name})`,
        `${g.multiple}× held (${held ? `${held.sessions_per_second} sessions/s, ${held.rps} req/s, ` : ''}p99 ${g.p99_ms} ms, ${g.errors} errors; ${g.window_seconds} s a step)`,
        `≥ 20× at p99 < ${g.limit_p99_ms} ms: ${goal(g.multiple >= 20)}`,
      ])
    }
    rows.push([`Memory RSS (${name})`, `idle ${t.memory.idle_rss_mb} MB, peak ${t.memory.peak_rss_mb} MB`, ''])
    const d = t.durability
    rows.push([
      `kill -9 durability (${name})`,
      `${d.lost} lost, ${d.duplicates} duplicates (${d.acknowledged_before_kill}/${d.submissions} acknowledged before SIGKILL)`,
      `0 and 0: ${goal(d.lost === 0 && d.duplicates === 0)}`,
    ])
  }
  if (r.lighthouse) {
    for (const p of r.lighthouse.pages) {
      const s = p.scores
      rows.push([
        `Lighthouse ${p.name} (mobile)`,
        `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`,
        `≥ 98 and 100: ${goal(s.performance >= 98 && s.accessibility === 100)}`,
      ])
    }
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)))
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}

export type { LoadFigures }
