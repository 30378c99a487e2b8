/**
 * Serves a request with the Remix build. It stands where @remix-run/express's handler stood, for three reasons:
 *
 * - the URL is built from what the request guard (request-guard.ts) has checked, never from headers it removed
 *   (that handler takes the port from X-Forwarded-Host whatever the trust-proxy setting says);
 * - the body is counted while it streams: more than the route allows (security.ts, bodyLimitFor) ends the request
 *   with the 413 page even when no Content-Length announced it; a small multipart form is read whole and checked
 *   before any action sees it, so a malformed one is a 400, not a parser's exception;
 * - the answer: response headers replace the ones set earlier (helmet's nosniff is not sent twice), and when the
 *   database could not answer (entry.server's handleError marks the load context), whatever Remix rendered is
 *   replaced with the 503 page in the force's frame that says the person's answers are kept, with Retry-After.
 */
import { Readable, Transform } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { createRequestHandler, type AppLoadContext, type ServerBuild } from '@remix-run/node'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { isApiPath, PROBLEM_PATH, redispatch, refuse } from './request-guard.ts'
import { discardRest, TOO_LARGE_PATH } from './security.ts'

/** Remix's error answers that are the request's fault, and how the guard words each. */
const REMIX_REFUSALS: Record<number, 'method' | 'bad-request'> = { 405: 'method', 400: 'bad-request' }

/** Seconds a person (or a back-office system) is asked to wait after a 503. */
export const RETRY_AFTER_SECONDS = 30

export interface RemixHandlerOptions {
  build: ServerBuild | (() => Promise<ServerBuild>)
  mode: 'production' | 'development'
  getLoadContext(req: Request, res: Response): Promise<AppLoadContext>
}

class BodyTooLarge extends Error {
  override name = 'BodyTooLarge'
}

class MalformedBody extends Error {
  override name = 'MalformedBody'
}

/** The request's URL from its (checked) Host, or the forwarded host behind a trusted proxy. */
export function requestUrl(req: Request): string {
  // With TRUST_PROXY unset the guard removed X-Forwarded-Host, so this is the Host header's port.
  const hostHeader = String(req.get('x-forwarded-host') ?? req.get('host') ?? '').split(',')[0]!.trim()
  const port = /:(\d{1,5})$/.exec(hostHeader)?.[1]
  return new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ''}${req.originalUrl}`).href
}

export function requestHeaders(req: Request): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value !== undefined) headers.set(name, value)
  }
  return headers
}

/**
 * Reads at most `limit` bytes of the request's body; more is BodyTooLarge, and the rest then flows by unread. (Not
 * for-await: leaving that loop early destroys the request, and with it the socket the answer must go out on.)
 */
function readWhole(req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      req.off('end', onEnd)
      req.resume()
      reject(new BodyTooLarge())
    }
    const onEnd = () => resolve(Buffer.concat(chunks))
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', reject)
  })
}

/** The body as a stream that fails with BodyTooLarge past `limit` bytes, without holding more than a chunk. */
function counted(req: Request, limit: number, onTooLarge: () => void): ReadableStream<Uint8Array> {
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length
      if (size > limit) {
        onTooLarge()
        callback(new BodyTooLarge())
        return
      }
      callback(null, chunk)
    },
  })
  req.on('error', (error) => counter.destroy(error))
  return Readable.toWeb(req.pipe(counter)) as ReadableStream<Uint8Array>
}

async function body(req: Request, res: Response, state: { tooLarge: boolean }): Promise<BodyInit | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const limit = Number(res.locals.bodyLimit ?? 0)
  if (res.locals.streamBody === true) return counted(req, limit, () => (state.tooLarge = true))
  const read = await readWhole(req, limit)
  const whole = new Uint8Array(read.length)
  whole.set(read)
  if (/^multipart\/form-data/i.test(req.get('content-type') ?? '')) {
    // Small multipart forms (not uploads) are checked here, so an action's formData() cannot throw on them.
    try {
      await new globalThis.Response(whole, { headers: { 'content-type': req.get('content-type')! } }).formData()
    } catch {
      throw new MalformedBody()
    }
  }
  return whole
}

export function sendResponse(res: Response, response: globalThis.Response, body?: Buffer | string): Promise<void> | void {
  res.statusMessage = response.statusText
  res.status(response.status)
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue
    res.setHeader(name, value)
  }
  for (const cookie of response.headers.getSetCookie()) res.append('Set-Cookie', cookie)
  if (body !== undefined) {
    res.end(body)
    return
  }
  if (!response.body) {
    res.end()
    return
  }
  return new Promise<void>((resolve, reject) => {
    const source = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>)
    source.on('error', reject)
    res.on('close', () => {
      source.destroy()
      resolve()
    })
    source.pipe(res)
  })
}

/** A 503 in the API's or the page's own form; pages are drawn by the problem route in the force's frame. */
async function unavailable(req: Request, res: Response, next: NextFunction, again: RequestHandler): Promise<void> {
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  res.setHeader('Cache-Control', 'no-store')
  if (req.method !== 'GET' && req.method !== 'HEAD') res.setHeader('Connection', 'close')
  if (isApiPath(req.path)) {
    res.status(503).json({ error: 'unavailable', message: `The service is unavailable. Try again in ${RETRY_AFTER_SECONDS} seconds.` })
    return
  }
  if (req.path.endsWith('.data')) {
    res.status(503).type('text/plain').send('The service is unavailable. Try again shortly.')
    return
  }
  redispatch(req, `${PROBLEM_PATH}/unavailable`)
  res.locals.unavailable = true
  await again(req, res, next)
}

export function remixHandler(options: RemixHandlerOptions): RequestHandler {
  const handle = createRequestHandler(options.build, options.mode)
  const handler: RequestHandler = async (req, res, next) => {
    const state = { tooLarge: false }
    try {
      const signal = new AbortController()
      res.on('close', () => {
        if (!res.writableFinished) signal.abort()
      })
      // A HEAD is its GET without the body (Node leaves the body out of a HEAD response). Passed on as HEAD, Remix would
      // take a HEAD of a `.data` address for an action, and answer one with a foreign Origin with a 500.
      const method = req.method === 'HEAD' ? 'GET' : req.method
      let init: RequestInit & { duplex?: 'half' } = { method, headers: requestHeaders(req), signal: signal.signal }
      try {
        const payload = await body(req, res, state)
        if (payload !== undefined) init = { ...init, body: payload, duplex: 'half' }
      } catch (error) {
        if (error instanceof BodyTooLarge) state.tooLarge = true
        else if (error instanceof MalformedBody) {
          res.setHeader('Connection', 'close')
          redispatch(req, `${PROBLEM_PATH}/bad-request`)
          return handler(req, res, next)
        } else throw error
      }
      if (state.tooLarge) return tooLarge(req, res, next, handler)
      const context = await options.getLoadContext(req, res)
      const response = await handle(new globalThis.Request(requestUrl(req), init), context)
      if (state.tooLarge) {
        await response.body?.cancel().catch(() => {})
        return tooLarge(req, res, next, handler)
      }
      if (context.failure.databaseUnavailable && res.locals.unavailable !== true) {
        await response.body?.cancel().catch(() => {})
        return unavailable(req, res, next, handler)
      }
      if (res.locals.unavailable === true) {
        // The problem route answered for a request that failed: keep its status, add ours.
        return sendResponse(res, new globalThis.Response(response.body, { status: 503, headers: response.headers }))
      }
      const refusal = response.headers.get('x-remix-error') === 'yes' ? REMIX_REFUSALS[response.status] : undefined
      if (refusal) {
        // Remix's own answer for a route that cannot take the request (a POST to a route with no action is its 405)
        // is JSON saying "Unexpected Server Error": answer it as the guard answers every refusal instead.
        await response.body?.cancel().catch(() => {})
        refuse(req, res, () => void handler(req, res, next), refusal)
        if (refusal === 'method') res.setHeader('Allow', 'GET, HEAD')
        return
      }
      // Every 503 (a submission the database could not take, among others) says when to try again.
      if (response.status === 503 && !response.headers.has('retry-after')) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
      await sendResponse(res, response)
    } catch (error) {
      next(error)
    }
  }
  return handler
}

/** The 413 page (or JSON / text), for a body found too large while it streamed. */
function tooLarge(req: Request, res: Response, next: NextFunction, again: RequestHandler) {
  res.setHeader('Connection', 'close')
  // The rest of the body is not wanted: dropped as it arrives.
  discardRest(req, res)
  if (isApiPath(req.path)) {
    res.status(413).json({ error: 'too_large', message: 'The request body is too large.' })
    return
  }
  if (req.path.endsWith('.data')) {
    res.status(413).type('text/plain').send('The request is too large.')
    return
  }
  redispatch(req, TOO_LARGE_PATH)
  return again(req, res, next)
}
