// dist/ must run with no node_modules: GitHub runs dist/index.js as is, and npx runs dist/cli.js.
// Two checks: the bundles import nothing but Node built-ins, and they load from a folder that has
// no node_modules anywhere above it.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
let bad = 0
for (const file of ['dist/index.js', 'dist/cli.js']) {
  const code = readFileSync(file, 'utf8')
  // esbuild writes top-level imports at the start of a line; require() and import() anywhere.
  const specifiers = [
    ...code.matchAll(/^import\s*(?:[\w*${},\s]+?\s*from\s*)?["']([^"']+)["'];?$/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)
  ].map((m) => m[1])
  for (const spec of new Set(specifiers)) {
    if (!builtins.has(spec) && !spec.startsWith('.')) {
      console.error(`${file} imports "${spec}" at run time: it must be bundled.`)
      bad++
    }
  }
}

const alone = mkdtempSync(path.join(tmpdir(), 'sa-dist-'))
try {
  cpSync('dist', path.join(alone, 'dist'), { recursive: true })
  const run = spawnSync(process.execPath, [path.join(alone, 'dist/cli.js'), '--version'], { encoding: 'utf8' })
  if (run.status !== 0 || !/^stateless-audit \d/.test(run.stdout)) {
    console.error(`dist/cli.js does not run on its own:\n${run.stdout}${run.stderr}`)
    bad++
  }
  // The action with no event: it must load (every import resolves) and say what is missing.
  const action = spawnSync(process.execPath, [path.join(alone, 'dist/index.js')], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    cwd: alone
  })
  if (/ERR_MODULE_NOT_FOUND|Cannot find (module|package)/.test(action.stderr + action.stdout)) {
    console.error(`dist/index.js does not load on its own:\n${action.stdout}${action.stderr}`)
    bad++
  }
} finally {
  rmSync(alone, { recursive: true, force: true })
}
if (bad) process.exit(1)
console.log('dist/index.js and dist/cli.js import only Node built-ins and run without node_modules')
