// ESM + ts-jest, as in the actions/typescript-action template.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  testTimeout: 60000,
  // Jest's default on 2 cores is one worker; the end-to-end tests mostly wait (child processes, the
  // throttle's 1 s between writes, retry backoff), so three overlap that wait: 317 s -> 151 s here.
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/scripts/jest-results-reporter.cjs'],
  verbose: false
}
