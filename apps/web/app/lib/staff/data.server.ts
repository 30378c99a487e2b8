// The back office's data-layer functions bound to the app's database (one set per database).
import { createBackofficeQueries, type BackofficeData, type Database } from '@bluelamp/db'

const bound = new WeakMap<Database, BackofficeData>()

export function staffData(database: Database): BackofficeData {
  let data = bound.get(database)
  if (!data) bound.set(database, (data = createBackofficeQueries(database.db)))
  return data
}
