import { vitePlugin as remix } from '@remix-run/dev'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

export default defineConfig({
  server: {
    // Tenants are told apart by hostname: <force-id>.localhost in development.
    allowedHosts: ['.localhost', 'localhost', '127.0.0.1'],
  },
  ssr: {
    // Native or WASM database drivers stay as runtime dependencies of the server, not bundled.
    external: ['@electric-sql/pglite', 'pg'],
  },
  build: { target: 'es2022' },
  plugins: [
    tailwindcss(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
})
