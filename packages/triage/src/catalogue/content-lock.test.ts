// Every report keeps the service version it was triaged with, so a version must always mean the same
// content. This test hashes each service (everything but its version) and compares with the history in
// content-lock.ts. Changed a service? Bump its `version`, then add [newVersion, 'newHash'] to its history
// (the failure message gives the hash). Never edit or remove an existing entry.
import { describe, expect, it } from 'vitest'
import { contentHash } from '../hash.ts'
import { BANDS, DIMENSION_CAP, MODEL_VERSION, WEIGHTS } from '../priority.ts'
import { NEGATIONS, PAIR_DISTANCE, SCREENING } from '../screening-terms.ts'
import { contentLock, modelLock } from './content-lock.ts'
import { services } from './index.ts'

const hashOf = (service: object) => {
  const { version: _version, ...content } = service as { version: number }
  return contentHash(content)
}

describe('service versions follow their content', () => {
  for (const service of services) {
    it(`${service.id} v${service.version} matches its recorded content`, () => {
      const history = contentLock[service.id]
      const hash = hashOf(service)
      expect(history, `add "${service.id}": [[${service.version}, '${hash}']] to content-lock.ts`).toBeDefined()
      const latest = history!.at(-1)!
      if (latest[1] !== hash) {
        expect.fail(
          latest[0] === service.version
            ? `${service.id} changed but is still version ${service.version}: bump the version to ${service.version + 1} and add [${service.version + 1}, '${hash}'] to content-lock.ts`
            : `${service.id} is now version ${service.version}: add [${service.version}, '${hash}'] to content-lock.ts`,
        )
      }
      expect(latest[0]).toBe(service.version)
    })
  }

  it('keeps a history where versions only go up and no content is reused', () => {
    for (const [id, history] of Object.entries(contentLock)) {
      history.forEach(([version, hash], i) => {
        if (i > 0) expect(version, id).toBeGreaterThan(history[i - 1]![0])
        expect(hash, id).toMatch(/^[0-9a-f]{16}$/)
      })
      expect(new Set(history.map(([, h]) => h)).size, id).toBe(history.length)
    }
  })

  it('bumps MODEL_VERSION whenever the priority model changes', () => {
    // Version 1 was the weights and bands alone; from version 2 the free-text screening terms are part of the model.
    const hash = contentHash({ WEIGHTS, BANDS, DIMENSION_CAP, SCREENING, NEGATIONS, PAIR_DISTANCE })
    const latest = modelLock.at(-1)!
    if (latest[1] !== hash) expect.fail(`the priority model changed: bump MODEL_VERSION and add [${MODEL_VERSION + (latest[0] === MODEL_VERSION ? 1 : 0)}, '${hash}'] to modelLock`)
    expect(latest[0]).toBe(MODEL_VERSION)
  })
})
