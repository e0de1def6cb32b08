// Prints one plain closing line, "N passed, N failed[, N skipped]", after jest's own
// summary, so that CI tooling that reads only such a line can count the tests.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    process.stderr.write(
      `\n${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`
    )
  }
}
module.exports = PlainSummaryReporter
