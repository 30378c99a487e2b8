// One structured logger for the server modules (pino). Never log personal data: no answers, emails, postcodes or
// IP addresses; log what happened and where.
import { pino } from 'pino'

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
})
