// GitHub Action entry point (action.yml `main: dist/index.js`): everything happens in run().
import { run } from './action.js'

await run()
