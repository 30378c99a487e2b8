import base from './playwright.config.ts'
import { defineConfig } from '@playwright/test'
const extra = (process.env.EXTRA_ARGS ?? '').split(' ').filter(Boolean)
export default defineConfig({ ...base, use: { ...base.use, launchOptions: { ...base.use!.launchOptions, args: [...(base.use!.launchOptions!.args ?? []), ...extra] } } })
