// The bare comparison: node:http answering each path with exactly the bytes (status, headers, body) the app sent
// for it, with no framework, no rendering and no database. Run as its own process, like the app.
// With a third argument it runs that many processes on the port (node:cluster), as the app does on Postgres.
//   node --import tsx bare-server.ts <pages.json> <port> [processes]
import cluster from 'node:cluster'
import http from 'node:http'
import { readFileSync } from 'node:fs'

export interface CapturedPage {
  path: string
  status: number
  headers: Record<string, string | string[]>
  /** base64 */
  body: string
}

const [file, portArg, processesArg = '1'] = process.argv.slice(2)
const processes = Number(processesArg)
if (processes > 1 && cluster.isPrimary) {
  let listening = 0
  for (let i = 0; i < processes; i++) {
    cluster.fork().on('message', (m: unknown) => {
      if (m === 'listening' && ++listening === processes) console.log(`bare server listening on ${portArg} (${processes} processes)`)
    })
  }
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM')
    process.exit(0)
  })
} else {
  serve()
}

function serve() {
  const pages = new Map<string, { status: number; headers: Record<string, string | string[]>; body: Buffer }>()
  for (const page of JSON.parse(readFileSync(file!, 'utf8')) as CapturedPage[]) {
    pages.set(page.path, { status: page.status, headers: page.headers, body: Buffer.from(page.body, 'base64') })
  }
  const server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? '')
    if (!page) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(page.status, page.headers)
    res.end(page.body)
  })
  server.keepAliveTimeout = 65_000
  server.listen(Number(portArg), '127.0.0.1', () =>
    cluster.isWorker ? process.send?.('listening') : console.log(`bare server listening on ${portArg}`),
  )
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
}
