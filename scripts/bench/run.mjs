// `npm run bench`: bundles the benchmark (TypeScript, importing src/ directly, so it measures the
// working tree rather than dist/) into a temp dir and runs it there; the generated apps go next to
// it and the report to .bench/results.md. Arguments are passed through (see bench.ts).
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'

const work = path.join(tmpdir(), 'stateless-audit-bench')

const requireShim =
  "import { createRequire as __saCreateRequire } from 'node:module';\nconst require = __saCreateRequire(import.meta.url);"

await build({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: requireShim },
  logLevel: 'warning',
  entryPoints: ['scripts/bench/bench.ts', 'scripts/bench/variant.ts'],
  outdir: path.join(work, 'build'),
  outExtension: { '.js': '.mjs' }
})

if (process.argv.includes('--build-only')) process.exit(0)
const run = spawnSync(process.execPath, [path.join(work, 'build', 'bench.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit'
})
process.exit(run.status ?? 1)
