export declare const sharedWorkers: {
  pool: 'threads'
  poolOptions: { threads: { isolate: false } }
}
