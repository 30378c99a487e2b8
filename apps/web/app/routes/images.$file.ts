// GET /images/<id>-<width>.webp: one width of one of this force's pictures (app/lib/content/images.server.ts).
import { imageFileLoader } from '../lib/content/images.server.ts'

export const loader = imageFileLoader
