import type { Program } from 'php-parser'
import { parseBladeSource, type BladeSegment } from './blade.js'
import { parseCodeSafe, toSourceComment } from './engine.js'
import type { SourceComment, SourceFile } from './source.js'

/** True for Blade templates (`*.blade.php`), which go through Blade extraction. */
export function isBladePath(path: string): boolean {
  return /\.blade\.php$/i.test(path)
}

export interface ParseOptions {
  /** Which segments of a Blade template to parse (all by default). */
  bladeSegments?: (segment: BladeSegment) => boolean
  /** Collect the PHP comments (default true). Only suppressions read them; without, `comments` is only Blade's. */
  comments?: boolean
}

/**
 * Parses one PHP or Blade file into the SourceFile the rules see. Never throws: syntax errors,
 * parser exceptions, binary input and pathological nesting become parseErrors (1-based line and
 * column), and whatever could be read is still in `program`.
 */
export function parsePhpSource(path: string, text: string, options: ParseOptions = {}): SourceFile {
  const withComments = options.comments ?? true
  if (isBladePath(path)) return parseBladeSource(path, text, options.bladeSegments, withComments)
  const { program, problems } = parseCodeSafe(text, path, withComments)
  const comments: SourceComment[] = []
  for (const comment of program.comments ?? []) {
    const converted = toSourceComment(comment)
    if (converted) comments.push(converted)
  }
  return {
    path,
    kind: 'php',
    text,
    program: program as unknown as Program,
    comments,
    parseErrors: problems.map((problem) => ({
      line: problem.line,
      column: problem.column + 1,
      message: problem.message
    }))
  }
}
