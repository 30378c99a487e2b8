// Vite's import.meta.glob, used by purity.test.ts to read the package's own files without node:fs.
interface ImportMeta {
  glob(patterns: string | string[], options: { query?: string; import?: string; eager: true }): Record<string, unknown>
}
