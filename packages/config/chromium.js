// The one way this project starts a browser: Debian's Chromium (never a downloaded build), headless, with nothing
// that reaches out to the network on its own. Playwright, Storybook's gate and Lighthouse all read it from here.

/** Where Chromium is: CHROMIUM_PATH (or CHROME_PATH, Lighthouse's name for it), else Debian's. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
