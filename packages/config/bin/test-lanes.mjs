#!/usr/bin/env node
// `pnpm test`: everything CI runs, in two lanes after one build.
//
// The browser tests are the longest task by far. Run inside one turbo run beside thirty shorter tasks, they waited
// minutes for a free slot and then ran alone at the end with a core idle. Here every package and the static Storybook
// are built first (the browser tests, the server suites, the Storybook gate and every `^build` need them), then two turbo runs go side by side with `--only`
// (nothing is built or restored again while the other lane reads the builds):
//   - the browser lane: `test:e2e` (its Playwright workers use both cores when they can);
//   - the other lane: typecheck, lint, unit and integration tests and the server suites, two at a time.
// Each lane's tasks are still cached by turbo on their inputs. The run fails if either lane fails; both always run to
// the end, so one failure does not hide another.
import { spawn } from 'node:child_process'

const OTHER_CONCURRENCY = process.env.TEST_LANE_CONCURRENCY ?? '2'

function turbo(label, args) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn('turbo', ['run', ...args], { stdio: 'inherit', env: process.env })
    child.on('error', (error) => {
      console.error(`[${label}] could not start turbo: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => {
      const minutes = ((Date.now() - started) / 60_000).toFixed(1)
      console.log(`== lane ${label}: ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${minutes} min`)
      resolve(code ?? 1)
    })
  })
}

const build = await turbo('build', ['build', 'build-storybook'])
if (build !== 0) process.exit(build)

const results = await Promise.all([
  turbo('browser', ['test:e2e', '--only']),
  turbo('other', ['typecheck', 'lint', 'test', 'test:server', '--only', `--concurrency=${OTHER_CONCURRENCY}`]),
])
process.exit(results.find((code) => code !== 0) ?? 0)
