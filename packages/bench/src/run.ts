// pnpm bench: builds the production server, measures it on the embedded database and (when DATABASE_URL is set)
// on Postgres, runs Lighthouse, writes results/<date>.json and prints a table. See ../README.md.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem, release } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createScratchDatabase } from '@bluelamp/db/testing'
import { storedReports, type Target } from './db.ts'
import { durability, mixed, ssr, submissions } from './phases.ts'
import { surge } from './surge.ts'
import { paths } from './journey.ts'
import { lighthouse } from './lighthouse.ts'
import { freePort, freshDir, memoryOf, repoRoot, round, snapshotBuild, startServer } from './server.ts'
import { table, type Results, type TargetResults } from './results.ts'

const quick = process.env.BENCH_QUICK === '1'
const settings = {
  ssrSeconds: quick ? 3 : 6,
  submissions: { pglite: quick ? 300 : 1500, postgres: quick ? 600 : 3000 },
  submissionConnections: 32,
  mixedRate: 250,
  mixedSeconds: quick ? 5 : 20,
  durabilitySubmissions: quick ? 100 : 300,
  surge: {
    windowSeconds: Number(process.env.BENCH_SURGE_SECONDS ?? (quick ? 20 : 180)),
    rampSeconds: quick ? 10 : 45,
    limitP99Ms: 200,
    // BENCH_SURGE_MULTIPLES (for example "10,15,20") starts the search near a limit already known, since each step
    // holds its load for the whole window.
    multiples: process.env.BENCH_SURGE_MULTIPLES
      ? process.env.BENCH_SURGE_MULTIPLES.split(',').map(Number).filter((n) => n > 0)
      : quick
        ? [5, 10, 20]
        : [5, 10, 20, 30, 40, 60, 80, 100, 130, 160, 200],
    thinkSeconds: [2, 8] as [number, number],
  },
}
const started = Date.now()
const startLoad = loadavg()[0]!

function machine() {
  const pgVersion = process.env.DATABASE_URL
    ? (() => {
        try {
          return execFileSync('psql', [process.env.DATABASE_URL!, '-Atc', 'show server_version'], { encoding: 'utf8' }).trim()
        } catch {
          return 'unknown'
        }
      })()
    : null
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory_gb: round(totalmem() / 1024 ** 3),
    // Other work on the machine during the run (1-minute load average at the start and the end).
    load_average: [round(startLoad), round(loadavg()[0]!)],
    os: `${process.platform} ${release()}`,
    node: process.version,
    postgres: pgVersion,
  }
}

async function measure(target: Target, buildDir: string): Promise<TargetResults> {
  console.log(`\n${target.name}`)
  const base = process.env.DATABASE_URL!
  const loadDb = target.name === 'postgres' ? await createScratchDatabase(base, { prefix: 'bluelamp_bench_' }) : undefined
  const dbUrl = loadDb?.databaseUrl
  const dataDir = join(freshDir(target.name), 'data')
  const options = { buildDir, port: PORT, dataDir, databaseUrl: dbUrl }
  const server = await startServer(options)
  let result: Omit<TargetResults, 'durability'>
  try {
    await new Promise((r) => setTimeout(r, 2000))
    const idle = memoryOf(server.pid)
    console.log(`  idle RSS ${idle.rssMb} MB`)
    console.log(`  ${server.processes} web process${server.processes === 1 ? '' : 'es'}`)
    // Pages do not read the database, but the process count differs (one on PGlite, one per core on Postgres).
    const pages = await ssr(server, BARE_PORT, settings.ssrSeconds)
    const subs = await submissions(server, settings.submissions[target.name], settings.submissionConnections)
    console.log(`  submissions: ${subs.per_second}/s acknowledged, p99 ${subs.p99_ms} ms, ${subs.unexpected} unexpected, ${subs.errors} errors`)
    const mix = await mixed(server, settings.mixedRate, settings.mixedSeconds)
    console.log(`  mixed ${mix.rate} req/s: p50 ${mix.p50_ms} ms, p99 ${mix.p99_ms} ms, ${mix.errors} errors`)
    // The replay on the headline database only: on Postgres when there is one, as in production.
    const headline = target.name === 'postgres' || !process.env.DATABASE_URL
    const replay = headline && process.env.BENCH_SKIP_SURGE !== '1' ? await surge({ port: server.port, ...settings.surge }, (line) => console.log(`  ${line}`)) : undefined
    const peak = memoryOf(server.pid)
    await server.stop()
    const stored = await storedReports({ ...target, databaseUrl: dbUrl }, dataDir)
    const sent = new Set(subs.people.map((n) => `Bench Person ${n}`))
    subs.committed = stored.filter((r) => r.person && sent.has(r.person)).length
    subs.people = []
    result = {
      processes: server.processes,
      pages,
      submissions: subs,
      mixed: mix,
      memory: { idle_rss_mb: idle.rssMb, peak_rss_mb: peak.peakRssMb, end_rss_mb: peak.rssMb },
      reports_in_database: stored.length,
      ...(replay ? { surge: replay } : {}),
    }
  } finally {
    await server.stop()
    await loadDb?.drop().catch(() => {})
  }
  const killDb = target.name === 'postgres' ? await createScratchDatabase(base, { prefix: 'bluelamp_bench_' }) : undefined
  const durUrl = killDb?.databaseUrl
  try {
    const dur = await durability(
      { buildDir, port: PORT, dataDir: join(freshDir(`${target.name}-kill`), 'data'), databaseUrl: durUrl },
      { ...target, databaseUrl: durUrl },
      settings.durabilitySubmissions,
    )
    console.log(`  durability: ${dur.lost} lost, ${dur.duplicates} duplicates (${dur.acknowledged_before_kill} acknowledged before the kill)`)
    return { ...result, durability: dur }
  } finally {
    await killDb?.drop().catch(() => {})
  }
}

if (process.env.BENCH_SKIP_BUILD !== '1') {
  console.log('Building the production server (turbo, cached when unchanged)…')
  execFileSync('pnpm', ['turbo', 'run', 'build', '--filter', '@bluelamp/web', '--output-logs=errors-only'], { cwd: repoRoot, stdio: 'inherit' })
}
const buildDir = await snapshotBuild()
const PORT = await freePort()
const BARE_PORT = await freePort()
const targets: Target[] = [{ name: 'pglite' }]
if (process.env.DATABASE_URL) targets.push({ name: 'postgres', databaseUrl: process.env.DATABASE_URL })
const measured: Partial<Record<Target['name'], TargetResults>> = {}
for (const target of targets) measured[target.name] = await measure(target, buildDir)

console.log('\nLighthouse')
const lh = process.env.BENCH_SKIP_LIGHTHOUSE === '1' ? null : await lighthouse(buildDir, PORT)

const results: Results = {
  date: new Date().toISOString(),
  machine: machine(),
  settings,
  ...summarise(measured),
  lighthouse: lh,
  targets: measured,
  duration_seconds: round((Date.now() - started) / 1000, 0),
}

function summarise(m: typeof measured): Pick<Results, 'ssr' | 'submissions' | 'mixed' | 'surge' | 'memory' | 'durability'> {
  // The headline figures: on Postgres when present (the production set-up), else on the embedded database.
  const pg = m.postgres ?? m.pglite!
  const pages = pg.pages
  const question = pages.find((p) => p.path === paths.question)!
  const home = pages.find((p) => p.path === paths.home)!
  const appeal = pages.find((p) => p.path === paths.appeal)!
  const mid = pages.find((p) => p.path === paths.secondQuestion)!
  const all = Object.values(m)
  return {
    ssr: {
      database: m.postgres ? 'postgres' : 'pglite',
      processes: pg.processes,
      page: question.path,
      ratio: question.ratio,
      app_rps: question.app.rps,
      bare_rps: question.bare.rps,
      app_p50_ms: question.app.p50_ms,
      app_p99_ms: question.app.p99_ms,
      home: { ratio: home.ratio, app_rps: home.app.rps, bare_rps: home.bare.rps, app_p99_ms: home.app.p99_ms },
      appeal: { page: appeal.path, ratio: appeal.ratio, app_rps: appeal.app.rps, bare_rps: appeal.bare.rps, app_p99_ms: appeal.app.p99_ms },
      mid_journey: { page: mid.path, ratio: mid.ratio, app_rps: mid.app.rps, bare_rps: mid.bare.rps, app_p99_ms: mid.app.p99_ms },
    },
    submissions: { database: m.postgres ? 'postgres' : 'pglite', per_second: pg.submissions.per_second, p99_ms: pg.submissions.p99_ms },
    mixed: { database: m.postgres ? 'postgres' : 'pglite', rate: pg.mixed.rate, p99_ms: pg.mixed.p99_ms },
    surge: pg.surge
      ? { database: m.postgres ? 'postgres' : 'pglite', multiple: pg.surge.multiple, p99_ms: pg.surge.p99_ms, errors: pg.surge.errors, limit_p99_ms: pg.surge.limit_p99_ms, mix: pg.surge.mix }
      : null,
    memory: { idle_rss_mb: Math.max(...all.map((t) => t.memory.idle_rss_mb)), peak_rss_mb: Math.max(...all.map((t) => t.memory.peak_rss_mb)) },
    durability: {
      lost: all.reduce((n, t) => n + t.durability.lost, 0),
      duplicates: all.reduce((n, t) => n + t.durability.duplicates, 0),
      databases: Object.keys(m),
    },
  }
}

const dir = fileURLToPath(new URL('../results/', import.meta.url))
mkdirSync(dir, { recursive: true })
const file = join(dir, `${results.date.slice(0, 10)}.json`)
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\n${table(results)}\nWrote ${file} (${results.duration_seconds} s)`)
