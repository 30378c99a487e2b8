#!/usr/bin/env node
// Browser tests drive Debian's Chromium (never a downloaded browser build).
// This makes sure /usr/bin/chromium exists, installing it with apt-get when we are root,
// and otherwise says exactly what to run.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { chromiumPath } from '../chromium.js'

const CHROMIUM = chromiumPath()
if (existsSync(CHROMIUM)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)…')
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
  } catch {
    console.error('Could not install chromium with apt-get. Install it yourself: sudo apt-get install -y chromium')
    process.exit(1)
  }
  if (existsSync(CHROMIUM)) process.exit(0)
}
console.error(
  `Browser tests need Chromium at ${CHROMIUM}.\n` +
    (hasApt ? 'Install it with: sudo apt-get install -y chromium\n' : 'Install Chromium with your package manager,\n') +
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
)
process.exit(1)
