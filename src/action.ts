import * as core from '@actions/core'

export async function run(): Promise<void> {
  core.setFailed('stateless-audit: the GitHub Action is not implemented yet; use the CLI (npx stateless-audit).')
}
