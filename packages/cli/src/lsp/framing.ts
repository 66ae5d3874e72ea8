import { Transform, type TransformCallback } from 'node:stream'

/** A message larger than this is not a document anyone edits: its frame is refused as malformed. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024
const HEADER_END = Buffer.from('\r\n\r\n')
const HEADER_LINE = /^[A-Za-z][\w-]*:[^\r\n]*$/

/**
 * Passes on only well-framed JSON-RPC messages (`Content-Length: n`, blank line, n bytes). The
 * protocol library stops reading for good after a header it cannot parse; here a bad header is
 * dropped (with the bytes up to the next `Content-Length:`) and reported, and reading goes on.
 * Bad JSON inside a well-framed message reaches the library, which answers it with an error.
 */
export class WellFramedMessages extends Transform {
  private buffer: Buffer = Buffer.alloc(0)

  constructor(private readonly onDropped: (why: string) => void) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END)
      if (headerEnd === -1) {
        // No header ends in the first 8 KB: this is not a header; skip to where one may start.
        if (this.buffer.length > 8192) this.resync('8 KB without a header', this.buffer.length - 16)
        break
      }
      const lines = this.buffer.subarray(0, headerEnd).toString('latin1').split('\r\n')
      const length = lines.map((line) => /^content-length:\s*(\d+)\s*$/i.exec(line)?.[1]).find((value) => value !== undefined)
      if (!lines.every((line) => HEADER_LINE.test(line)) || length === undefined || Number(length) > MAX_MESSAGE_BYTES) {
        this.resync(`a malformed header (${JSON.stringify(lines.join(' | ').slice(0, 80))})`, headerEnd + HEADER_END.length)
        continue
      }
      const total = headerEnd + HEADER_END.length + Number(length)
      if (this.buffer.length < total) break
      this.push(this.buffer.subarray(0, total))
      this.buffer = this.buffer.subarray(total)
    }
    done()
  }

  /** Drops the bad bytes before `badEnd`, keeping a `Content-Length:` that starts among them (a header after garbage). */
  private resync(why: string, badEnd: number): void {
    const next = this.buffer.subarray(1, badEnd).toString('latin1').search(/content-length:/i)
    this.buffer = this.buffer.subarray(next === -1 ? badEnd : next + 1)
    this.onDropped(`echt lsp: dropped ${why}; reading on`)
  }
}
