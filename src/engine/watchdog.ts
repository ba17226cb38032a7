// php-parser loops forever on a few broken texts (`<?php enum` at the end of a file, `#[` followed
// only by whitespace, `"${a("{$b}")}"`). The engine therefore audits files under a watchdog: V8
// stops a synchronous task that runs too long (the `timeout` of node:vm), and the file it stopped
// in becomes a finding instead of a job that never ends. Starting a watchdog costs a fraction of a
// millisecond, so files are audited in chunks under one.
import vm from 'node:vm'
import { resetParser } from '../php/engine.js'

export interface TimeLimits {
  /** For a chunk of files; a chunk that runs longer has its current file retried alone. */
  chunkMs: number
  /** For one file retried alone; longer, and the parser is taken to hang on it. */
  fileMs: number
}

export const DEFAULT_TIME_LIMITS: Readonly<TimeLimits> = { chunkMs: 20_000, fileMs: 30_000 }

/** Files per chunk: few watchdogs for a whole app, and a chunk's work stays far under its limit. */
const CHUNK_FILES = 512

const context = vm.createContext({ task: null })
const runTask = new vm.Script('task()', { filename: 'stateless-audit-watchdog' })

class Timeout extends Error {}

function runWithin(ms: number, task: () => void): void {
  context.task = task
  try {
    runTask.runInContext(context, { timeout: ms })
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Timeout()
    throw err
  } finally {
    context.task = null
  }
}

/**
 * `one` for each item, in order; an item `one` does not finish within the limits gets `hung`
 * instead, and the items after it are still done.
 */
export function eachWithin<T, R>(
  items: readonly T[],
  one: (item: T) => R,
  hung: (item: T) => R,
  limits: TimeLimits = DEFAULT_TIME_LIMITS
): R[] {
  const out: R[] = []
  let next = 0
  while (next < items.length) {
    try {
      runWithin(limits.chunkMs, () => {
        const end = Math.min(items.length, next + CHUNK_FILES)
        // A result is stored before `next` moves: a task stopped in between redoes that item only.
        while (next < end) {
          out[next] = one(items[next])
          next++
        }
      })
    } catch (err) {
      if (!(err instanceof Timeout)) throw err
      resetParser()
      const item = items[next]
      try {
        // Alone: a chunk that was merely slow is not a file the parser hangs on.
        runWithin(limits.fileMs, () => {
          out[next] = one(item)
        })
      } catch (again) {
        if (!(again instanceof Timeout)) throw again
        resetParser()
        out[next] = hung(item)
      }
      next++
    }
  }
  return out
}
