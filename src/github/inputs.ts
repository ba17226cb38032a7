// The action's inputs (action.yml), validated with messages that name the input and its choices.
import * as core from '@actions/core'
import { FILTER_MODES, isFilterMode, type FilterMode } from '../diff/filter.js'
import type { FailOn } from '../engine/run.js'

export interface Inputs {
  token: string
  workingDirectory: string
  failOn: FailOn
  filterMode: FilterMode
  reviewComments: boolean
  checkRun: boolean
  checkName: string
  /** Config file path as given ('' = the default lookup). */
  config: string
  /** SARIF output path as given ('' = none). */
  sarifFile: string
}

export class InputError extends Error {}

const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const

function bool(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase()
  if (raw === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(raw)) return true
  if (['false', 'no', 'off', '0'].includes(raw)) return false
  throw new InputError(`Input "${name}" must be true or false, got "${raw}".`)
}

export function readInputs(): Inputs {
  const failOn = (core.getInput('fail-on').trim() || 'error').toLowerCase()
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new InputError(`Input "fail-on" must be one of ${FAIL_ON.join(', ')}; got "${failOn}".`)
  }
  const filterMode = (core.getInput('filter-mode').trim() || 'added').toLowerCase()
  if (!isFilterMode(filterMode)) {
    throw new InputError(
      `Input "filter-mode" must be one of ${FILTER_MODES.join(', ')}; got "${filterMode}".`
    )
  }
  const checkName = core.getInput('check-name').trim() || 'stateless-audit'
  return {
    token: core.getInput('github-token').trim(),
    workingDirectory: core.getInput('working-directory').trim() || '.',
    failOn: failOn as FailOn,
    filterMode,
    reviewComments: bool('review-comments', true),
    checkRun: bool('check-run', true),
    checkName,
    config: core.getInput('config').trim(),
    sarifFile: core.getInput('sarif-file').trim()
  }
}

/**
 * What a failing check run for a step that could not start needs, read without throwing (another
 * input may be the bad one). `checkRun` is null when the input is not a boolean.
 */
export function readCheckRunInputs(): { token: string; checkRun: boolean | null; checkName: string } {
  let checkRun: boolean | null
  try {
    checkRun = bool('check-run', true)
  } catch {
    checkRun = null
  }
  return {
    token: core.getInput('github-token').trim(),
    checkRun,
    checkName: core.getInput('check-name').trim() || 'stateless-audit'
  }
}
