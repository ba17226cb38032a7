// The documented workflows and the action's contract agree: every input the examples pass exists in
// action.yml, the docs' tables list exactly action.yml's inputs and outputs, and no example uses
// the `paths:` filters that leave a required check waiting forever.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../test-support/action-harness.js'

function declared(section: 'inputs' | 'outputs'): string[] {
  const text = readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')
  const block = new RegExp(`^${section}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(text)?.[1] ?? ''
  return [...block.matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1])
}

const WORKFLOW_DIR = path.join(PROJECT_ROOT, 'examples', 'workflows')
const workflows = readdirSync(WORKFLOW_DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ name: f, text: readFileSync(path.join(WORKFLOW_DIR, f), 'utf8') }))
const docs = readFileSync(path.join(PROJECT_ROOT, 'docs', 'action.md'), 'utf8')

/** The `with:` keys of every step that uses this action. */
function actionInputs(text: string): string[] {
  const keys: string[] = []
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    if (!/uses: stateless-audit\/stateless-audit@/.test(line)) return
    const indent = line.indexOf('uses:')
    if (lines[i + 1]?.trim() !== 'with:') return
    for (let j = i + 2; j < lines.length; j++) {
      const m = /^(\s*)([a-z-]+):/.exec(lines[j])
      if (m === null || m[1].length <= indent) break
      keys.push(m[2])
    }
  })
  return keys
}

describe('example workflows', () => {
  test('there are examples for the PR check, forks, monorepos and SARIF', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual([
      'stateless-audit-fork-comments.yml',
      'stateless-audit-monorepo.yml',
      'stateless-audit-sarif.yml',
      'stateless-audit.yml'
    ])
  })

  test.each(workflows)('$name passes only declared inputs and never filters by path', ({ text }) => {
    expect(text).toMatch(/uses: stateless-audit\/stateless-audit@v1/)
    expect(text).not.toMatch(/^\s*paths(-ignore)?:/m)
    for (const key of actionInputs(text)) expect(declared('inputs')).toContain(key)
    expect(text).toMatch(/^permissions:\n {2}contents: read\n {2}checks: write/m)
  })

  test('pull-request workflows also run in the merge queue', () => {
    for (const { name, text } of workflows) {
      if (/^\s*pull_request:/m.test(text))
        expect({ name, mergeGroup: /^\s*merge_group:/m.test(text) }).toEqual({ name, mergeGroup: true })
    }
  })

  test('the fork workflow runs only for forks, under a job name other than the required "audit"', () => {
    const fork = workflows.find((w) => w.name === 'stateless-audit-fork-comments.yml')?.text ?? ''
    expect(fork).toMatch(/^on:\n {2}pull_request_target:\n/m)
    const jobsBlock = fork.split(/^jobs:\n/m)[1] ?? ''
    expect([...jobsBlock.matchAll(/^ {2}([A-Za-z][\w-]*):/gm)].map((m) => m[1])).toEqual(['audit-fork'])
    // Without the guard, the repository's own pull requests get every comment and check run twice.
    expect(jobsBlock).toMatch(
      /^ {4}if: github\.event\.pull_request\.head\.repo\.full_name != github\.repository$/m
    )
  })

  test('pull-request workflows cancel the run of an older commit of the same pull request', () => {
    for (const { name, text } of workflows) {
      if (!/^\s*pull_request(_target)?:/m.test(text)) continue
      expect({ name, concurrency: /^concurrency:\n(?: {2}.*\n)*/m.exec(text)?.[0] }).toEqual({
        name,
        concurrency:
          'concurrency:\n' +
          '  group: ${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}\n' +
          '  cancel-in-progress: true\n'
      })
    }
  })

  test('the docs show the standard workflow exactly as the example file has it', () => {
    const example = workflows.find((w) => w.name === 'stateless-audit.yml')?.text ?? ''
    const withoutComments = example
      .split('\n')
      .filter((l) => !/^\s*#/.test(l))
      .map((l) => l.replace(/\s+#.*$/, ''))
      .join('\n')
      .trim()
    expect(docs).toContain(withoutComments)
  })
})

describe('docs/action.md', () => {
  const table = (heading: string): string[] => {
    const section = docs.split(`### ${heading}`)[1]?.split('\n### ')[0] ?? ''
    const firstCells = [...section.matchAll(/^\| (`[a-z-]+`(?:, `[a-z-]+`)*) \|/gm)].map((m) => m[1])
    return firstCells.flatMap((c) => c.split(', ').map((name) => name.replace(/`/g, '')))
  }

  test('lists exactly the inputs and outputs action.yml declares', () => {
    expect(table('Inputs').sort()).toEqual(declared('inputs').sort())
    expect(table('Outputs').sort()).toEqual(declared('outputs').sort())
  })
})
