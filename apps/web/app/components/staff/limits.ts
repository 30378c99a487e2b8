/** Longest public update and internal note, in characters (checked on the server; shown in error messages). */
export const MAX_UPDATE = 2000
export const MAX_NOTE = 4000

/** The report statuses in workflow order (the same values as @bluelamp/db's REPORT_STATUSES, without importing it into the browser bundle). */
export const STATUSES = ['received', 'in_review', 'crime_recorded', 'no_further_action', 'transferred'] as const
