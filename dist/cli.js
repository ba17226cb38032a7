#!/usr/bin/env node
import { createRequire as __saCreateRequire } from 'node:module';
const require = __saCreateRequire(import.meta.url);

// src/cli-main.ts
async function main(_argv) {
  process.stderr.write("stateless-audit: not implemented yet\n");
  return 2;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));
