// GitHub Action entry point: the action body lands with the action issue.
import { run } from './action.js'

await run()
