// How much of a body each path may send: evidence questions and the staff picture library take files (one picture
// at a time for the library), every other form and the API only FORM_MAX_BYTES.
import { describe, expect, it } from 'vitest'
import { bodyLimitFor, multipartLimit } from './security.ts'

const env = { FORM_MAX_BYTES: 1000, UPLOAD_MAX_FILE_BYTES: 2000, UPLOAD_MAX_FILES: 3 }
const MULTIPART = 'multipart/form-data; boundary=x'

describe('bodyLimitFor', () => {
  it('lets the picture library receive one file, streamed, and no more', () => {
    expect(bodyLimitFor('/staff/images', MULTIPART, env)).toEqual({ limit: 2000 + 1000 + 64 * 1024, stream: true })
    expect(bodyLimitFor('/staff/images.data', MULTIPART, env)).toEqual({ limit: 2000 + 1000 + 64 * 1024, stream: true })
    expect(bodyLimitFor('/staff/images', MULTIPART, env).limit).toBeLessThan(multipartLimit(env))
    // A new file for a picture the library has.
    expect(bodyLimitFor('/staff/images/img-abc123def456', MULTIPART, env)).toEqual({ limit: 2000 + 1000 + 64 * 1024, stream: true })
    expect(bodyLimitFor('/staff/images/img-abc123def456.data', MULTIPART, env)).toEqual({ limit: 2000 + 1000 + 64 * 1024, stream: true })
  })

  it('holds the library to a form’s limit when it is not sent a file, and every other path too', () => {
    expect(bodyLimitFor('/staff/images', 'application/x-www-form-urlencoded', env)).toEqual({ limit: 1000, stream: false })
    expect(bodyLimitFor('/staff/images/img-abc123def456/other', MULTIPART, env)).toEqual({ limit: 1000, stream: false })
    expect(bodyLimitFor('/staff/images/Not_An_Id', MULTIPART, env)).toEqual({ limit: 1000, stream: false })
    expect(bodyLimitFor('/staff/imagesx', MULTIPART, env)).toEqual({ limit: 1000, stream: false })
    expect(bodyLimitFor('/staff/integrations', MULTIPART, env)).toEqual({ limit: 1000, stream: false })
  })
})
