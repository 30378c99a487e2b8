// State that must be one per process and outlive a development reload of the module that owns it (Vite evaluates a
// changed module again; the database, the signing secret, the upload settings and the timers must not be opened,
// created or started twice). Every slot lives in one map on globalThis, under the owner's name for it.
const slots: Map<string, unknown> = ((globalThis as { __bluelampSlots?: Map<string, unknown> }).__bluelampSlots ??= new Map())

export interface ProcessSlot<T> {
  get(): T | undefined
  set(value: T | undefined): void
}

export function processSlot<T>(name: string): ProcessSlot<T> {
  return {
    get: () => slots.get(name) as T | undefined,
    set: (value) => {
      if (value === undefined) slots.delete(name)
      else slots.set(name, value)
    },
  }
}
