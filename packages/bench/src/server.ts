// Starting and stopping the production server (`node apps/web/build/server.js`) for a measurement, and reading its
// memory from /proc. The build is copied to a private folder first so that a rebuild elsewhere in the workspace
// cannot change the code under measurement half-way through a run.
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { request } from './http.ts'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
/** apps/web, or another checkout's (BENCH_WEB_DIR) to measure a build made elsewhere. */
export const webDir = process.env.BENCH_WEB_DIR ?? join(repoRoot, 'apps/web')
export const webBuild = join(webDir, 'build')
// One folder per bench process, so a profile run beside a bench run does not pull the build from under it.
export const workDir = fileURLToPath(new URL(`../.work/${process.pid}/`, import.meta.url))

/** Copies apps/web/build beside a node_modules link to apps/web's, so bare imports resolve as they do in place. */
export async function snapshotBuild(waitMs = 180_000): Promise<string> {
  // Another build in the workspace may be rewriting the folder: wait until it is whole.
  const whole = () => ['server.js', 'server/index.js', 'migrations/meta/_journal.json', 'client/assets'].every((f) => existsSync(join(webBuild, f)))
  const deadline = Date.now() + waitMs
  while (!whole()) {
    if (Date.now() > deadline) throw new Error(`no complete production build at ${webBuild}: run pnpm build first`)
    await new Promise((r) => setTimeout(r, 1000))
  }
  await new Promise((r) => setTimeout(r, 1000))
  const parent = join(workDir, '..')
  for (const pid of existsSync(parent) ? readdirSync(parent) : []) {
    if (!alive(Number(pid))) rmSync(join(parent, pid), { recursive: true, force: true })
  }
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  cpSync(webBuild, join(workDir, 'build'), { recursive: true })
  symlinkSync(join(webDir, 'node_modules'), join(workDir, 'node_modules'), 'dir')
  return join(workDir, 'build')
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export interface ServerOptions {
  buildDir: string
  port: number
  /** PGlite's folder; ignored when databaseUrl is set. */
  dataDir: string
  databaseUrl?: string
  env?: Record<string, string>
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[]
  /** Web processes (WEB_CONCURRENCY); the server's default when unset (one per core on Postgres, one on PGlite). */
  processes?: number
}

export interface RunningServer {
  pid: number
  port: number
  /** Web processes serving the port (the primary forks them when there is more than one). */
  processes: number
  child: ChildProcess
  /** Everything the server printed so far. */
  output(): string
  stop(): Promise<void>
  kill(): Promise<void>
}

export function freshDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `bluelamp-bench-${prefix}-`))
}

/** The environment the bench runs the server with; every switch is listed in packages/bench/README.md. */
export function serverEnv(options: ServerOptions): Record<string, string> {
  const { PATH = '', HOME = '' } = process.env
  return {
    PATH,
    HOME,
    NODE_ENV: 'production',
    // As `pnpm start` runs it (apps/web's start script; decision 010, "The embedded database's memory").
    MALLOC_ARENA_MAX: '2',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl ?? '',
    MAIL_DIR: join(options.dataDir, '..', 'mail'),
    UPLOAD_DIR: join(options.dataDir, '..', 'uploads'),
    LOG_LEVEL: 'warn',
    // Each simulated person comes from their own address (X-Forwarded-For), as behind a load balancer, so the
    // per-IP submission limit is exercised as in production rather than switched off.
    TRUST_PROXY: '1',
    SESSION_SECRET: 'bench-session-secret-0123456789abcdef0123456789',
    // The demo forces' staff and content, as a newcomer's `pnpm start` has them: the appeal page measured beside the
    // home page is one of them, and the memory figure includes what seeding them costs.
    SEED_DEMO_STAFF: '1',
    ...(options.processes ? { WEB_CONCURRENCY: String(options.processes) } : {}),
    ...options.env,
  }
}

export async function startServer(options: ServerOptions, timeoutMs = 60_000): Promise<RunningServer> {
  mkdirSync(options.dataDir, { recursive: true })
  // A process group of its own, so kill() can SIGKILL the primary and every web process at once, as a crash would.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(options.buildDir, 'server.js')], {
    env: serverEnv(options),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  let exited = false
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())))
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (exited) throw new Error(`the server exited while starting:\n${out}`)
    // The server says how many web processes it runs in its banner ("…; 2 web processes)").
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not become ready in ${timeoutMs} ms:\n${out}`)
    }
    if (out.includes('listening')) {
      const ready = await request({ port: options.port, path: '/readyz' }).catch(() => null)
      if (ready?.status === 200) break
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  const processes = Number(/; (\d+) web process/.exec(out)?.[1] ?? 1)
  return {
    pid: child.pid!,
    port: options.port,
    processes,
    child,
    output: () => out,
    async stop() {
      if (!exited) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exit
      clearTimeout(timer)
    },
    async kill() {
      if (!exited) {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          child.kill('SIGKILL')
        }
      }
      await exit
    },
  }
}

/**
 * VmRSS (now) and VmHWM (the peak since start) of a server in MB, from /proc: the process and all its descendants
 * (a cluster's web processes), summed. The summed peak is an upper bound: each process's own peak, added up.
 */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  let rss = 0
  let peak = 0
  for (const p of [pid, ...descendantsOf(pid)]) {
    let status: string
    try {
      status = readFileSync(`/proc/${p}/status`, 'utf8')
    } catch {
      continue // exited meanwhile
    }
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
    rss += kb('VmRSS')
    peak += kb('VmHWM')
  }
  return { rssMb: round(rss / 1024), peakRssMb: round(peak / 1024) }
}

const CLOCK_TICKS = 100 // USER_HZ: /proc/<pid>/stat counts CPU time in hundredths of a second on Linux

function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS // utime + stime
  } catch {
    return 0 // exited meanwhile
  }
}

/** Postgres's own processes on this machine (the server the bench talks to, when it is local). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')
      } catch {
        return false
      }
    })
}

export interface CpuSample {
  server: number
  postgres: number
  bench: number
}

/**
 * CPU seconds used so far by the server (its processes, summed), by a local Postgres (0 when it runs elsewhere) and
 * by this process (the load generator): two samples around a phase say what each request cost and who paid for it.
 */
export function cpuSample(serverPid: number): CpuSample {
  const own = process.cpuUsage()
  return {
    server: [serverPid, ...descendantsOf(serverPid)].reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    postgres: postgresPids().reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    bench: (own.user + own.system) / 1e6,
  }
}

/** Milliseconds of CPU per request between two samples, by who spent it. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuSample {
  const per = (key: keyof CpuSample) => round(((after[key] - before[key]) * 1000) / Math.max(1, requests), 2)
  return { server: per('server'), postgres: per('postgres'), bench: per('bench') }
}

function descendantsOf(pid: number): number[] {
  const children: number[] = []
  let tasks: string[] = []
  try {
    tasks = readdirSync(`/proc/${pid}/task`)
  } catch {
    return children
  }
  for (const task of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean)) children.push(Number(c))
    } catch {
      // the task ended
    }
  }
  return children.flatMap((c) => [c, ...descendantsOf(c)])
}

export const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}
