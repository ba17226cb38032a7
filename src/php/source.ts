// A parsed PHP or Blade file as the rules see it.
import type { Program } from 'php-parser'

export interface SourceComment {
  /** The comment's full text including its delimiters (`//`, `#`, `/* *\/`, `{{-- --}}`). */
  text: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  /** 1-based line where the comment's text ends. */
  endLine: number
}

export interface ParseProblem {
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  message: string
}

export interface SourceFile {
  /** Relative to the scan root, posix separators. */
  path: string
  kind: 'php' | 'blade'
  text: string
  /**
   * The AST. For Blade this is a synthetic program holding the PHP extracted from echo tags,
   * directive arguments and @php blocks, with every node location mapped back to the template.
   */
  program: Program
  comments: SourceComment[]
  /** Syntax errors found (the parser recovers; the readable parts are still in `program`). */
  parseErrors: ParseProblem[]
}
