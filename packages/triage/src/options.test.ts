import { describe, expect, it } from 'vitest'
import { serviceIds } from './catalogue/index.ts'
import { availableServices, forceOptionsSchema, isServiceAvailable } from './options.ts'

describe('force options', () => {
  it('offers every national service except those off by default', () => {
    const { serviceIds: ids } = availableServices({ disabledServices: [], enabledServices: [], localContacts: [] })
    expect(ids).toEqual(serviceIds.filter((id) => id !== 'public-health-breach'))
  })

  it('lets a force switch a service off, or an off-by-default service on', () => {
    const catalogue = availableServices({ disabledServices: ['dashcam-evidence'], enabledServices: ['public-health-breach'] })
    expect(catalogue.serviceIds).not.toContain('dashcam-evidence')
    expect(catalogue.serviceIds).toContain('public-health-breach')
    expect(isServiceAvailable('public-health-breach')).toBe(false)
  })

  it('reports service ids that do not exist', () => {
    expect(availableServices({ disabledServices: ['theft', 'thfet'] }).unknownServiceIds).toEqual(['thfet'])
  })

  it('lists local contacts with councils first', () => {
    const { localContacts } = availableServices({
      localContacts: [
        { id: 'vs', name: 'Victim First', description: 'Support.', kind: 'victim-support' },
        { id: 'cc', name: 'Leicester City Council', description: 'Noise.', kind: 'council' },
      ],
    })
    expect(localContacts.map((c) => c.id)).toEqual(['cc', 'vs'])
  })

  it('validates a theme folder’s options, with national defaults', () => {
    expect(forceOptionsSchema.parse({})).toEqual({ disabledServices: [], enabledServices: [], localContacts: [] })
    expect(forceOptionsSchema.safeParse({ localContacts: [{ id: 'x', kind: 'pub' }] }).success).toBe(false)
  })

  it('returns JSON', () => {
    const catalogue = availableServices()
    expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue)
  })
})
