// dist/ must run with no node_modules: GitHub runs dist/index.js as is, and npx runs dist/cli.js.
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
let bad = 0
for (const file of ['dist/index.js', 'dist/cli.js']) {
  const code = readFileSync(file, 'utf8')
  const specifiers = [
    ...code.matchAll(/\bimport\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+)["']/g),
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
if (bad) process.exit(1)
console.log('dist/index.js and dist/cli.js import only Node built-ins')
