// Prints one plain closing line, "N passed, N failed", after Jest's own summary. A test file that
// fails to run (an import or a top-level error) has no tests to count, so it counts as one
// failure itself: the line never says "0 failed" of a run that failed.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const broken = results.testResults.filter(
      (suite) =>
        suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0 && suite.numPassingTests === 0),
    ).length;
    const failed = results.numFailedTests + broken;
    const line = `${results.numPassedTests} passed, ${failed} failed${broken ? ` (${broken} test ${broken === 1 ? "file" : "files"} could not run)` : ""}${skipped ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
