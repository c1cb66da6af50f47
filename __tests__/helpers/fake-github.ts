/**
 * A loopback stand-in for the GitHub REST API (test-tools.md §6): records every request and answers
 * check-run and release calls. Routes can be overridden to answer with an error status, or with a
 * fault (a hang, a slow or malformed or huge answer, rate-limit headers) for a number of requests.
 */
import { createServer, type Server, type ServerResponse } from 'node:http'

export interface RecordedRequest {
  method: string
  url: string
  authorization?: string
  body?: Record<string, unknown>
}

/** A scripted answer: what the next matching requests get instead of the default. */
export interface Fault {
  status?: number
  headers?: Record<string, string>
  /** Sent as is (so it may be malformed JSON); default `{}`. */
  body?: string
  /** Wait this long before answering. */
  delayMs?: number
  /** Never answer (the connection stays open until the client gives up or the server closes). */
  hang?: boolean
  /** Stream this many bytes of a JSON string as the body, without holding them in memory. */
  hugeBytes?: number
}

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  /** Answer `METHOD /path-regex` with this status and body instead of the default. */
  failWith(method: string, path: RegExp, status: number, message?: string): void
  /** Answer the next `times` matching requests with `fault` (then the default again). */
  fault(method: string, path: RegExp, fault: Fault, times?: number): void
  releases: Map<string, { id: number; tag_name: string; body: string }>
  close(): Promise<void>
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = []
  const failures: { method: string; path: RegExp; status: number; message: string }[] = []
  // Delayed answers still pending when the server closes are cancelled, so no timer outlives a test.
  const timers = new Set<NodeJS.Timeout>()
  const faults: { method: string; path: RegExp; fault: Fault; times: number }[] = []
  const releases = new Map<string, { id: number; tag_name: string; body: string }>()
  let nextId = 1000
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
      const url = req.url ?? ''
      const method = req.method ?? 'GET'
      requests.push({
        method,
        url,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(body ? { body } : {}),
      })
      res.setHeader('content-type', 'application/json')
      const send = (status: number, payload: unknown) => {
        res.statusCode = status
        res.end(JSON.stringify(payload))
      }
      const scripted = faults.find((f) => f.times > 0 && f.method === method && f.path.test(url))
      if (scripted) {
        scripted.times--
        return answerWithFault(res, scripted.fault, timers)
      }
      const failure = failures.find((f) => f.method === method && f.path.test(url))
      if (failure) return send(failure.status, { message: failure.message })
      let m: RegExpMatchArray | null
      if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url))
        return send(201, { id: nextId++, html_url: 'https://github.test/checks/1', ...body })
      if (method === 'PATCH' && (m = url.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/)))
        return send(200, { id: Number(m[1]), ...body })
      if (method === 'GET' && (m = url.match(/^\/repos\/[^/]+\/[^/]+\/releases\/tags\/(.+)$/))) {
        const release = releases.get(decodeURIComponent(m[1]!))
        return release ? send(200, release) : send(404, { message: 'Not Found' })
      }
      if (method === 'PATCH' && (m = url.match(/^\/repos\/[^/]+\/[^/]+\/releases\/(\d+)$/))) {
        const release = [...releases.values()].find((r) => r.id === Number(m![1]))
        if (!release) return send(404, { message: 'Not Found' })
        release.body = String(body?.body ?? '')
        return send(200, release)
      }
      send(404, { message: 'Not Found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    releases,
    failWith(method, path, status, message = 'Resource not accessible by integration') {
      failures.push({ method, path, status, message })
    },
    fault(method, path, fault, times = Number.POSITIVE_INFINITY) {
      faults.push({ method, path, fault, times })
    },
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach((timer) => clearTimeout(timer))
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function answerWithFault(res: ServerResponse, fault: Fault, timers: Set<NodeJS.Timeout>): void {
  if (fault.hang) return
  const send = () => {
    if (res.destroyed) return
    res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', ...fault.headers })
    if (fault.hugeBytes === undefined) {
      res.end(fault.body ?? '{}')
      return
    }
    // A valid JSON object whose one string is `hugeBytes` long, streamed in 64 KiB chunks.
    const chunk = Buffer.alloc(64 * 1024, 'x')
    let left = fault.hugeBytes
    res.write('{"id":1,"pad":"')
    const pump = () => {
      while (left > 0 && !res.destroyed) {
        left -= chunk.length
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
      if (!res.destroyed) res.end('"}')
    }
    pump()
  }
  if (!fault.delayMs) return send()
  const timer = setTimeout(() => {
    timers.delete(timer)
    send()
  }, fault.delayMs)
  timers.add(timer)
}
