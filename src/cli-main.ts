export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('stateless-audit: not implemented yet\n')
  return 2
}
