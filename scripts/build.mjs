// Bundles the action and the CLI into self-contained ESM files under dist/.
// Output is deterministic so CI can check that dist/ matches src/.
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'

// CommonJS dependencies bundled into ESM still call require() for Node built-ins.
const requireShim =
  "import { createRequire as __saCreateRequire } from 'node:module';\nconst require = __saCreateRequire(import.meta.url);"

await rm('dist', { recursive: true, force: true })

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning'
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', banner: { js: requireShim } })
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + requireShim }
})
