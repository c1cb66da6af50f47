/**
 * A loopback stand-in for the GitHub REST API (test-tools.md §6): records every request and answers
 * check-run and release calls. Routes can be overridden to answer with an error status.
 */
import { createServer, type Server } from 'node:http'

export interface RecordedRequest {
  method: string
  url: string
  authorization?: string
  body?: Record<string, unknown>
}

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  /** Answer `METHOD /path-regex` with this status and body instead of the default. */
  failWith(method: string, path: RegExp, status: number, message?: string): void
  releases: Map<string, { id: number; tag_name: string; body: string }>
  close(): Promise<void>
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = []
  const failures: { method: string; path: RegExp; status: number; message: string }[] = []
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
