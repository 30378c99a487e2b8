// The front door's addresses and form field, shared by its routes (browser side) and front-door.server.ts.

/** "Report something": the question. */
export const FRONT_DOOR_PATH = '/report'

/** The 999 page; `?about=suicide` adds Samaritans beside the call. */
export const EMERGENCY_PATH = `${FRONT_DOOR_PATH}/emergency`

/** The radios' name, and the id the error summary links to (the first radio). */
export const FRONT_DOOR_FIELD = 'about'
