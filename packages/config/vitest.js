// How this project's vitest suites run their files. A new worker process and a fresh module graph for every test
// file (vitest's default) was half or more of each suite's time on a two-core machine: every file paid again for
// loading its imports, PGlite and the migrated database template. Files instead share a few worker threads and
// their module cache. A file that replaces a module (vi.mock) or a global must run in an isolated project of its own.

/** Test options for a suite whose files may share workers and modules. */
export const sharedWorkers = {
  pool: 'threads',
  poolOptions: { threads: { isolate: false } },
}
