// CLI entry point (bin: stateless-audit).
import { main, stdoutFailure } from './cli-main.js'

// A closed pipe (`| head`) or a full disk shows as an 'error' event on stdout, after the write
// returned: one sentence and exit 2, never an unhandled-error stack trace and exit 1 ("a finding").
let stdoutFailed = false
process.stdout.on('error', (err) => {
  if (stdoutFailed) return
  stdoutFailed = true
  process.stderr.write(`stateless-audit: ${stdoutFailure(err)}\n`)
  process.exitCode = 2
})

const code = await main(process.argv.slice(2))
process.exitCode = stdoutFailed ? 2 : code
