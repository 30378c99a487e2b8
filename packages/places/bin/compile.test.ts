import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compile, parseCsv } from './compile.ts'

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8')

describe('compile', () => {
  it('matches the committed generated module (run `pnpm --filter @bluelamp/places generate` if not)', () => {
    const module = compile({
      forcesCsv: read('data/forces.csv'),
      outcodesCsv: read('data/outcode_to_pfa.csv'),
      ladsCsv: read('data/lad_to_pfa_current.csv'),
    })
    expect(module === read('src/places-data.generated.ts')).toBe(true)
  })

  it('refuses data that names an unknown force or council', () => {
    const forcesCsv = 'id,name,pfa_code,nation,welsh_language,territorial\nleicestershire,Leicestershire Police,E23000021,England,no,yes\n'
    const ladsCsv = 'lad_code,lad_name,pfa_code,force_id\nE06000016,Leicester,E23000021,leicestershire\n'
    const outcodesCsv = 'outcode,lad_codes_2020,force_ids,straddles\nLE1,E06000016,leicestershire,no\nLE2,E99999999,nowhere,no\n'
    expect(() => compile({ forcesCsv, ladsCsv, outcodesCsv })).toThrow(/LE2: unknown force "nowhere"[\s\S]*LE2: no council for LAD "E99999999"/)
  })
})

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes, and CRLF line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }])
  })
})
