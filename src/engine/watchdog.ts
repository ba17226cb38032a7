// php-parser loops forever on a few broken texts (`<?php enum` at the end of a file, `#[` followed
// only by whitespace, `"${a("{$b}")}"`). The engine therefore audits files under a watchdog: V8
// stops a synchronous task that runs too long (the `timeout` of node:vm), and the file it stopped
// in becomes a finding instead of a job that never ends. Starting a watchdog costs a fraction of a
// millisecond, so files are audited in chunks under one. A large file is audited alone, with a limit
// that grows with its size: a legitimate 10 MB file takes about 11 s to parse on a 2-core machine,
// and three times that when the machine is busy.
import vm from 'node:vm'
import { resetParser } from '../php/engine.js'

export interface TimeLimits {
  /** For a chunk of files; a chunk that runs longer has its current file retried alone. */
  chunkMs: number
  /** For one file retried alone; longer, and the parser is taken to hang on it. */
  fileMs: number
  /** Added to `fileMs` per MB of a large file audited alone (see RunAlone); default 10 s. */
  fileMsPerMb?: number
}

export const DEFAULT_TIME_LIMITS: Readonly<TimeLimits> = {
  chunkMs: 20_000,
  fileMs: 30_000,
  fileMsPerMb: 10_000
}

/** From this many characters on, a file is audited alone, outside any chunk (see RunAlone). */
export const LARGE_FILE_CHARS = 1024 * 1024

/**
 * Thrown by a task, before it parses, for a file of LARGE_FILE_CHARS or more that it was given
 * inside a chunk: eachWithin() then audits that file alone, with a limit that grows with its size,
 * so that it neither eats a chunk's time nor counts as hung for being merely large.
 */
export class RunAlone extends Error {
  constructor(readonly chars: number) {
    super('run alone')
  }
}

/** For a task: throws RunAlone when `text` is large and the task is running inside a chunk. */
export function aloneIfLarge(text: string | null, alone: boolean): void {
  if (!alone && text !== null && text.length >= LARGE_FILE_CHARS) throw new RunAlone(text.length)
}

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
 * instead, and the items after it are still done. `one` is told whether it runs alone: inside a
 * chunk it may throw RunAlone (aloneIfLarge) to be run alone.
 */
export function eachWithin<T, R>(
  items: readonly T[],
  one: (item: T, alone: boolean) => R,
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
          out[next] = one(items[next], false)
          next++
        }
      })
    } catch (err) {
      let aloneMs = limits.fileMs
      if (err instanceof RunAlone) {
        const perMb = limits.fileMsPerMb ?? DEFAULT_TIME_LIMITS.fileMsPerMb ?? 0
        aloneMs += Math.ceil((perMb * err.chars) / (1024 * 1024))
      } else if (err instanceof Timeout) resetParser()
      else throw err
      const item = items[next]
      try {
        // Alone: a chunk that was merely slow is not a file the parser hangs on.
        runWithin(aloneMs, () => {
          out[next] = one(item, true)
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
