// CLI entry point (bin: stateless-audit).
import { main } from './cli-main.js'

process.exitCode = await main(process.argv.slice(2))
