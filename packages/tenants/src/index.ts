export * from './schema.ts'
export * from './contrast.ts'
export * from './resolve-tenant.ts'
