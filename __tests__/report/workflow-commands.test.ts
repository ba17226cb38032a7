import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import type { Finding, Severity } from '../../src/engine/types.js'
import {
  annotation,
  escapeData,
  escapeProperty,
  toWorkflowCommands,
  workflowCommand
} from '../../src/report/workflow-commands.js'
import { finding } from './sample.js'

/** What @actions/core itself writes to stdout for a command. */
function toolkitOutput(run: () => void): string {
  let out = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    run()
  } finally {
    spy.mockRestore()
  }
  return out.replace(/\r?\n$/, '')
}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('escaping', () => {
  const nasty = '100% done, see: a\r\nb,c:d%0A'

  it('escapes data and properties exactly as @actions/core does', () => {
    expect(escapeData(nasty)).toBe('100%25 done, see: a%0D%0Ab,c:d%250A')
    expect(escapeProperty(nasty)).toBe('100%25 done%2C see%3A a%0D%0Ab%2Cc%3Ad%250A')
    const ours = workflowCommand(
      'error',
      [
        ['title', nasty],
        ['file', nasty]
      ],
      nasty
    )
    const toolkit = toolkitOutput(() => core.error(nasty, { title: nasty, file: nasty }))
    expect(ours).toBe(toolkit)
  })

  it('gives the same annotation as core.warning() with the same properties', () => {
    const f = finding({
      severity: 'warning',
      path: 'app/My, Odd: File.php',
      message: '50% of a,b:c',
      evidence: []
    })
    const toolkit = toolkitOutput(() =>
      core.warning(f.message, {
        title: f.ruleId,
        file: f.path,
        startLine: f.line,
        endLine: f.endLine,
        startColumn: f.column,
        endColumn: f.endColumn
      })
    )
    // The toolkit orders properties differently; compare them as sets.
    const parts = (line: string) => {
      const match = /^::(\w+) (.*?)::(.*)$/.exec(line)
      return { command: match?.[1], properties: match?.[2]?.split(',').sort(), data: match?.[3] }
    }
    expect(parts(annotation(f))).toEqual(parts(toolkit))
    expect(parts(toolkit).properties).toHaveLength(6)
  })

  it('cannot be used to inject another workflow command', () => {
    const line = annotation(finding({ message: 'x\n::set-output name=a::b', evidence: [] }))
    expect(line.split('\n')).toHaveLength(1)
    expect(line).toContain('x%0A::set-output')
  })
})

describe('annotation', () => {
  it('writes file, lines, columns and title, then the message and its evidence (paths repository-relative)', () => {
    const line = annotation(
      finding({ path: 'config/session.php', line: 21, column: 5, endLine: 21, endColumn: 48 }),
      'apps/shop'
    )
    expect(line).toBe(
      '::error file=apps/shop/config/session.php,line=21,endLine=21,col=5,endColumn=48,title=session-driver-local' +
        "::Sessions are stored on this server's disk (driver 'file').%0A↳ apps/shop/.env.example:3  SESSION_DRIVER=file"
    )
  })

  it('leaves columns out of multi-line annotations', () => {
    const line = annotation(finding({ line: 12, endLine: 14, evidence: [] }))
    expect(line).toMatch(/^::error file=config\/session.php,line=12,endLine=14,title=session-driver-local::/)
    expect(line).not.toMatch(/col=|endColumn=/)
  })

  it('uses ::notice for notices and ::warning for warnings', () => {
    expect(annotation(finding({ severity: 'notice' }))).toMatch(/^::notice /)
    expect(annotation(finding({ severity: 'warning' }))).toMatch(/^::warning /)
  })

  it('escapes commas and colons in paths and titles', () => {
    const line = annotation(finding({ path: 'app/a,b:c.php', ruleId: 'x:y', evidence: [] }))
    expect(line).toContain('file=app/a%2Cb%3Ac.php,')
    expect(line).toContain(',title=x%3Ay::')
  })
})

describe('toWorkflowCommands', () => {
  function many(severity: Severity, count: number): Finding[] {
    return Array.from({ length: count }, (_, i) =>
      finding({ severity, path: `app/${severity}.php`, line: count - i, endLine: count - i, evidence: [] })
    )
  }

  it('puts the most severe first, then by file and line', () => {
    const { lines } = toWorkflowCommands([
      finding({ severity: 'notice', path: 'a.php', line: 1, endLine: 1 }),
      finding({ severity: 'warning', path: 'b.php', line: 9, endLine: 9 }),
      finding({ severity: 'error', path: 'z.php', line: 5, endLine: 5 }),
      finding({ severity: 'warning', path: 'b.php', line: 2, endLine: 2 })
    ])
    expect(lines.map((l) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(l)?.slice(1).join(' '))).toEqual([
      'error z.php 5',
      'warning b.php 2',
      'warning b.php 9',
      'notice a.php 1'
    ])
  })

  it('shows at most 10 of each type by default and counts the rest', () => {
    const out = toWorkflowCommands([...many('notice', 12), ...many('error', 11), ...many('warning', 3)])
    expect(out.shown).toBe(23)
    expect(out.omitted).toBe(3)
    expect(out.omittedBySeverity).toEqual({ error: 1, warning: 0, notice: 2 })
    expect(out.lines.filter((l) => l.startsWith('::error ')).length).toBe(10)
    expect(out.lines.filter((l) => l.startsWith('::notice ')).length).toBe(10)
    // The earliest lines are the ones kept.
    expect(out.lines.some((l) => l.startsWith('::error ') && l.includes('line=11,'))).toBe(false)
    expect(out.lines.some((l) => l.startsWith('::error ') && l.includes('line=1,'))).toBe(true)
  })

  it('takes the cap as a parameter: Infinity for --format github', () => {
    const findings = many('error', 40)
    expect(toWorkflowCommands(findings, { maxPerSeverity: Infinity })).toMatchObject({
      shown: 40,
      omitted: 0
    })
    expect(toWorkflowCommands(findings, { maxPerSeverity: 3 })).toMatchObject({ shown: 3, omitted: 37 })
    expect(toWorkflowCommands([], {}).lines).toEqual([])
  })

  it("takes a cap per severity (the slots left by the action's own messages) and names the findings shown", () => {
    const out = toWorkflowCommands([...many('error', 12), ...many('warning', 12), ...many('notice', 2)], {
      maxPerSeverity: { error: 10, warning: 7, notice: 0 }
    })
    expect(out.omittedBySeverity).toEqual({ error: 2, warning: 5, notice: 2 })
    expect(out.shownFindings).toHaveLength(17)
    expect(out.shownFindings.map((f) => f.severity)).toEqual([
      ...Array<Severity>(10).fill('error'),
      ...Array<Severity>(7).fill('warning')
    ])
  })

  it('links the rule page when a docs URL is given', () => {
    const [line] = toWorkflowCommands([finding({ evidence: [] })], {
      docsBaseUrl: 'https://x.test/docs'
    }).lines
    expect(line?.endsWith("(driver 'file').%0Ahttps://x.test/docs/session-driver-local.md")).toBe(true)
  })
})
