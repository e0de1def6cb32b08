// Prints one plain closing line, "N passed, N failed[, N skipped]", as the very last
// line of the run (at process exit, after jest's own summary), so that CI tooling that
// reads only such a closing line can count the tests.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}`
    process.once('exit', () => process.stderr.write(`\n${line}\n`))
  }
}
module.exports = PlainSummaryReporter
