/** One HTTP request of the crawler: bounded in time and size, redirects handled by the caller. */

export interface FetchLimits {
  userAgent: string
  /** The whole request, headers and body, ends after this many milliseconds. */
  timeoutMs: number
  /** Reading stops after this many bytes of body. */
  maxBytes: number
}

export type FetchOutcome =
  | { kind: 'response'; status: number; contentType: string; location?: string; body?: Uint8Array; headers: Headers }
  | { kind: 'too-large'; status: number; contentType: string; bytes: number; declared: boolean }
  | { kind: 'timeout' }
  | { kind: 'network'; reason: string }

export interface FetchOptions {
  /** Read the body only when this says so (e.g. only for HTML); otherwise it is cancelled unread. */
  wantBody: (status: number, contentType: string) => boolean
  accept?: string
}

/**
 * GETs one URL without following redirects (the crawler checks each hop against the origin and
 * robots.txt). The AbortSignal covers the body too, so a slow or endless response ends at the
 * timeout, and a body is read only up to maxBytes, so a 50 MB page costs at most the cap.
 */
export async function fetchOnce(url: string, limits: FetchLimits, options: FetchOptions): Promise<FetchOutcome> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutSignal()), limits.timeoutMs)
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      signal: controller.signal,
      headers: { 'user-agent': limits.userAgent, accept: options.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    })
    const status = response.status
    const contentType = response.headers.get('content-type') ?? ''
    const location = response.headers.get('location') ?? undefined
    if (!response.body || !options.wantBody(status, contentType)) {
      await response.body?.cancel().catch(() => {})
      return { kind: 'response', status, contentType, headers: response.headers, ...(location ? { location } : {}) }
    }
    const declared = Number(response.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body.cancel().catch(() => {})
      return { kind: 'too-large', status, contentType, bytes: declared, declared: true }
    }
    const chunks: Uint8Array[] = []
    let received = 0
    const reader = response.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      received += value.byteLength
      if (received > limits.maxBytes) {
        await reader.cancel().catch(() => {})
        return { kind: 'too-large', status, contentType, bytes: received, declared: false }
      }
      chunks.push(value)
    }
    return { kind: 'response', status, contentType, headers: response.headers, body: concat(chunks, received), ...(location ? { location } : {}) }
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout' }
    return { kind: 'network', reason: describeNetworkError(error) }
  } finally {
    clearTimeout(timer)
  }
}

class TimeoutSignal extends Error {
  constructor() {
    super('timeout')
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

/** undici wraps the socket error in `cause`; the code there (ECONNREFUSED, ENOTFOUND) is what helps. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`
  return (error as Error).message ?? String(error)
}

/** The media type without parameters, lower-case: `text/html; charset=utf-8` -> `text/html`. */
export function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase()
}

/**
 * Decodes a body by the charset the server named, else the one a `<meta charset>` names in the
 * first 1024 bytes (the HTML standard's prescan looks there too), else UTF-8.
 */
export function decodeBody(body: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 1024))
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body)
  } catch {
    return new TextDecoder('utf-8').decode(body)
  }
}
