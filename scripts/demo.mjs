// `npm run demo`: bundles test-support/demo/main.ts with esbuild (dependencies stay external) into a
// temporary file under node_modules/.cache, so that the bundle resolves the project's packages, then
// imports it and runs its main(). Needs only `npm ci` and the committed dist/index.js.
import { build } from 'esbuild'
import { existsSync, rmSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  process.stderr.write('demo: dist/index.js is missing: run `npm run build` first, then `npm run demo`.\n')
  process.exit(1)
}

// The sources locate the project from import.meta.url (PROJECT_ROOT, the OpenAPI description): give
// every bundled module the URL of its own source file instead of the bundle's.
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' }
    })
  }
}

const cache = path.join(root, 'node_modules', '.cache')
await mkdir(cache, { recursive: true })
const temp = await mkdtemp(path.join(cache, 'stateless-audit-demo-'))
// Also when the demo ends the process early (Ctrl-C exits from main() after its own cleanup).
process.once('exit', () => rmSync(temp, { recursive: true, force: true }))
try {
  const outfile = path.join(temp, 'demo.mjs')
  await build({
    entryPoints: [path.join(root, 'test-support', 'demo', 'main.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [keepImportMetaUrl]
  })
  const demo = await import(pathToFileURL(outfile).href)
  process.exitCode = await demo.main()
} finally {
  await rm(temp, { recursive: true, force: true })
}
