import { Worker } from 'node:worker_threads'

export type FailureKind = 'timeout' | 'crash'

export interface PoolOptions<Result> {
  /** A module that posts `{ type: 'ready' }` once loaded, then answers `{ id, item }` with `{ id, result }`. */
  workerUrl: URL
  workerData: unknown
  jobs: number
  /** Budget per item; a worker over it is stopped and replaced. */
  itemTimeoutMs: number
  /** The result to record for an item whose worker hung or died. */
  onFailure(item: string, kind: FailureKind, detail: string): Result
}

interface Slot {
  worker: Worker
  ready: boolean
  current?: { id: number; item: string; timer: NodeJS.Timeout }
  /** Set when the pool itself stops the worker, so its exit is not taken for a crash. */
  retiring: boolean
}

/**
 * Runs items over worker threads, one item per worker at a time, and returns the results in the
 * order of `items` whatever the scheduling. A worker that throws, exits or exceeds the budget on
 * an item gives that item a failure result and is replaced; the run goes on. A worker that dies
 * before it is ready (a broken install) fails the whole run, since every replacement would too.
 */
export function runPool<Result>(items: readonly string[], options: PoolOptions<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length)
  if (items.length === 0) return Promise.resolve(results)
  let next = 0
  let done = 0
  let finished = false
  const slots = new Set<Slot>()

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
      if (slot.current) clearTimeout(slot.current.timer)
      slots.delete(slot)
      void slot.worker.terminate()
    }

    const record = (id: number, result: Result) => {
      results[id] = result
      done++
      if (done === items.length) finish()
    }

    const dispatch = (slot: Slot) => {
      if (finished || next >= items.length) {
        if (!finished) retire(slot)
        return
      }
      const id = next++
      const item = items[id]!
      const timer = setTimeout(() => {
        if (slot.current?.id !== id) return
        slot.current = undefined
        retire(slot)
        record(id, options.onFailure(item, 'timeout', `no result after ${options.itemTimeoutMs} ms`))
        if (!finished) spawn()
      }, options.itemTimeoutMs)
      slot.current = { id, item, timer }
      slot.worker.postMessage({ id, item })
    }

    const lost = (slot: Slot, detail: string) => {
      if (slot.retiring || finished) return
      const current = slot.current
      retire(slot)
      if (!slot.ready) {
        finish(new Error(`a worker thread failed to start: ${detail}`))
        return
      }
      if (current) record(current.id, options.onFailure(current.item, 'crash', detail))
      if (!finished) spawn()
    }

    const spawn = () => {
      if (next >= items.length) return
      const worker = new Worker(options.workerUrl, { workerData: options.workerData })
      const slot: Slot = { worker, ready: false, retiring: false }
      slots.add(slot)
      worker.on('message', (message: { type?: string; id?: number; result?: Result; error?: string }) => {
        if (slot.retiring || finished) return
        if (message.type === 'ready') {
          slot.ready = true
          dispatch(slot)
        } else if (message.type === 'init-error') {
          finish(new Error(`a worker thread failed to start: ${message.error}`))
        } else if (slot.current && message.id === slot.current.id) {
          clearTimeout(slot.current.timer)
          const { id } = slot.current
          slot.current = undefined
          record(id, message.result as Result)
          dispatch(slot)
        }
      })
      worker.on('error', (error) => lost(slot, error instanceof Error ? error.message : String(error)))
      worker.on('exit', (code) => lost(slot, `the worker exited with code ${code}`))
    }

    const workers = Math.max(1, Math.min(options.jobs, items.length))
    for (let i = 0; i < workers; i++) spawn()
  })
}
