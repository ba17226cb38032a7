/** Line start offsets of a text, for offset → 1-based line / 0-based column (php-parser's convention). */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1)
  }

  position(offset: number): { line: number; column: number; offset: number } {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - this.starts[low], offset }
  }

  /** The offset of a 1-based line and 0-based column (the inverse of position()). */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.starts[this.starts.length - 1]) + column
  }
}
