// drizzle-kit reads this to generate SQL migrations from src/schema.ts into ./migrations (committed).
import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './migrations',
  strict: true,
  verbose: true,
})
