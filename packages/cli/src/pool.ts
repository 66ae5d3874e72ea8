import { Worker } from 'node:worker_threads'

export type FailureKind = 'timeout' | 'out-of-memory' | 'crash'

/** V8 young generation of a worker by default (MB): the parsers allocate many short-lived nodes. */
export const DEFAULT_YOUNG_GENERATION_MB = 48

type ResourceLimits = { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb?: number }

/**
 * A worker started before its pool, while the main thread still loads its own modules (the engine,
 * the rules): it loads its modules meanwhile and then waits for its workerData, which runPool sends
 * as its first message. runPool takes it over as its first worker when it was started from the
 * pool's module with the pool's limits. Whoever started it stops it after the run (a no-op when the
 * pool already did).
 */
export class StartedWorker {
  readonly worker: Worker
  private usable = true

  constructor(
    private readonly workerUrl: URL,
    private readonly resourceLimits: ResourceLimits,
  ) {
    this.worker = new Worker(workerUrl, { workerData: { deferred: true }, resourceLimits })
    // Until a pool listens, an error only makes it unusable: an 'error' nobody hears would end the process.
    this.worker.on('error', () => (this.usable = false)).once('exit', () => (this.usable = false))
  }

  /** Hands the worker to a pool with this module and these limits, once; undefined otherwise. */
  take(workerUrl: URL, resourceLimits: ResourceLimits): Worker | undefined {
    const fits = workerUrl.href === this.workerUrl.href && JSON.stringify(resourceLimits) === JSON.stringify(this.resourceLimits)
    if (!this.usable || !fits) return undefined
    this.usable = false
    return this.worker
  }

  stop(): void {
    void this.worker.terminate()
  }
}

export interface PoolOptions<Result> {
  /**
   * A module that posts `{ type: 'ready' }` once loaded, then answers each `{ id, item }`, in the
   * order received, with `{ id, result }`, or several at once with `{ ids, json }` (their results
   * as one text, read by `decode`): each postMessage from a busy worker costs a fixed ~0.2 ms, so
   * batching matters.
   */
  workerUrl: URL
  workerData: unknown
  /** Reads the `json` of a `{ ids, json }` answer into its results (default: a JSON array). */
  decode?(json: string): Result[]
  jobs: number
  /** Budget per item; a worker over it is stopped and replaced. */
  itemTimeoutMs: number
  /** The result to record for an item whose worker hung or died. */
  onFailure(item: string, kind: FailureKind, detail: string): Result
  /** Items sent ahead to each worker, so it never waits for the next one (default 8). */
  prefetch?: number
  /** V8 young generation per worker (default DEFAULT_YOUNG_GENERATION_MB). */
  youngGenerationMb?: number
  /** Heap limit of each worker (old generation): a file that needs more crashes only its worker. */
  oldGenerationMb?: number
  /** A worker started ahead of the pool, taken over when it fits (see StartedWorker). */
  started?: StartedWorker
}

interface Slot {
  worker: Worker
  ready: boolean
  /** Items sent and not answered yet, in the order sent; the first is the one being worked on. */
  queue: number[]
  timer?: NodeJS.Timeout
  /** Set when the pool itself stops the worker, so its exit is not taken for a crash. */
  retiring: boolean
  /** What the worker threw, held until it exits (see the 'error' listener). */
  thrown?: { kind: FailureKind; detail: string }
}

/**
 * Runs items over worker threads and returns the results in the order of `items` whatever the
 * scheduling. A worker that throws, exits or exceeds the budget on an item gives that item a
 * failure result and is replaced; items it had queued go to other workers; the run goes on. A
 * worker that dies before it is ready (a broken install) fails the whole run, since every
 * replacement would too.
 */
export function runPool<Result>(items: readonly string[], options: PoolOptions<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length)
  if (items.length === 0) return Promise.resolve(results)
  const prefetch = Math.max(1, options.prefetch ?? 8)
  let next = 0
  const requeued: number[] = []
  let done = 0
  let finished = false
  const slots = new Set<Slot>()
  const hasWork = () => requeued.length > 0 || next < items.length
  const take = () => (requeued.length > 0 ? requeued.pop()! : next++)

  return new Promise<Result[]>((resolvePool, rejectPool) => {
    const finish = (error?: Error) => {
      if (finished) return
      finished = true
      for (const slot of slots) retire(slot)
      if (error) rejectPool(error)
      else resolvePool(results)
    }

    const retire = (slot: Slot) => {
      slot.retiring = true
      clearTimeout(slot.timer)
      slots.delete(slot)
      void slot.worker.terminate()
    }

    const record = (id: number, result: Result) => {
      results[id] = result
      done++
      if (done === items.length) finish()
    }

    /** The budget runs for the item at the head of the queue, from when the worker starts on it. */
    const armTimer = (slot: Slot) => {
      clearTimeout(slot.timer)
      const head = slot.queue[0]
      if (head === undefined) return
      slot.timer = setTimeout(() => {
        if (slot.queue[0] !== head || slot.retiring) return
        fail(slot, 'timeout', `no result after ${options.itemTimeoutMs} ms`)
      }, options.itemTimeoutMs)
    }

    const fill = (slot: Slot) => {
      if (finished) return
      const wasEmpty = slot.queue.length === 0
      while (slot.queue.length < prefetch && hasWork()) {
        const id = take()
        slot.queue.push(id)
        slot.worker.postMessage({ id, item: items[id] })
      }
      if (wasEmpty) armTimer(slot)
      if (slot.queue.length === 0) retire(slot)
    }

    /** The head item failed: record it, give the rest of the queue to others, replace the worker. */
    const fail = (slot: Slot, kind: FailureKind, detail: string) => {
      const [head, ...rest] = slot.queue
      slot.queue = []
      retire(slot)
      requeued.push(...rest.reverse())
      if (head !== undefined) record(head, options.onFailure(items[head]!, kind, detail))
      if (!finished && hasWork()) spawn()
    }

    const lost = (slot: Slot, detail: string, kind: FailureKind = 'crash') => {
      if (slot.retiring || finished) return
      if (!slot.ready) {
        retire(slot)
        finish(new Error(`a worker thread failed to start: ${detail}`))
        return
      }
      fail(slot, kind, detail)
    }

    const resourceLimits: ResourceLimits = {
      maxYoungGenerationSizeMb: options.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB,
      ...(options.oldGenerationMb ? { maxOldGenerationSizeMb: options.oldGenerationMb } : {}),
    }
    const spawn = () => {
      const started = options.started?.take(options.workerUrl, resourceLimits)
      const worker = started ?? new Worker(options.workerUrl, { workerData: options.workerData, resourceLimits })
      if (started) started.postMessage(options.workerData)
      const slot: Slot = { worker, ready: false, queue: [], retiring: false }
      slots.add(slot)
      worker.on('message', (message: { type?: string; id?: number; result?: Result; ids?: number[]; json?: string; error?: string }) => {
        if (slot.retiring || finished) return
        if (message.type === 'ready') {
          slot.ready = true
          fill(slot)
        } else if (message.type === 'init-error') {
          finish(new Error(`a worker thread failed to start: ${message.error}`))
        } else {
          const answered = message.ids ?? (message.id !== undefined ? [message.id] : [])
          const values = message.ids ? (options.decode ?? (JSON.parse as (json: string) => Result[]))(message.json!) : [message.result as Result]
          answered.forEach((id, index) => {
            if (id !== slot.queue[0]) return
            slot.queue.shift()
            record(id, values[index]!)
          })
          if (finished) return
          armTimer(slot)
          fill(slot)
        }
      })
      // An error travels on another channel than the results, so it can overtake answers the worker
      // sent before it threw: blamed at once, it would fall on an item that was already done. Node
      // delivers every answer before 'exit', so the head of the queue at exit is the item it threw on.
      // Node stops a worker over its resourceLimits with ERR_WORKER_OUT_OF_MEMORY: the file's budget, not a bug.
      worker.on('error', (error) => {
        slot.thrown ??= {
          kind: (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crash',
          detail: error instanceof Error ? error.message : String(error),
        }
      })
      worker.on('exit', (code) => lost(slot, slot.thrown?.detail ?? `the worker exited with code ${code}`, slot.thrown?.kind))
    }

    const workers = Math.max(1, Math.min(options.jobs, Math.ceil(items.length / prefetch)))
    for (let i = 0; i < workers; i++) spawn()
  })
}
