// Writes Jest's aggregated results to .jest-results.json so CI can print its own summary line.
const { writeFileSync } = require('node:fs')

class ResultsFileReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTotalTests, numRuntimeErrorTestSuites, success } =
      results
    writeFileSync(
      '.jest-results.json',
      JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numTotalTests, numRuntimeErrorTestSuites, success })
    )
  }
}
module.exports = ResultsFileReporter
