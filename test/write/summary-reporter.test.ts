// The closing line CI reads counts a test file that could not run as a failure.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SummaryReporter = require("../support/summary-reporter.js") as new () => {
  onRunComplete(contexts: unknown, results: unknown): void;
};

function closingLine(results: object): string {
  const written: string[] = [];
  const write = jest.spyOn(process.stdout, "write").mockImplementation((text) => {
    written.push(String(text));
    return true;
  });
  try {
    new SummaryReporter().onRunComplete(new Set(), {
      numPendingTests: 0,
      numTodoTests: 0,
      numPassedTests: 447,
      numFailedTests: 0,
      testResults: [],
      ...results,
    });
  } finally {
    write.mockRestore();
  }
  return written.join("").trim();
}

describe("the summary reporter", () => {
  it("says how many passed and failed", () => {
    expect(closingLine({ numFailedTests: 2, numPendingTests: 3 })).toBe("447 passed, 2 failed, 3 skipped");
  });

  it("counts a test file that failed to run as failed", () => {
    const broken = {
      testExecError: { message: "Cannot find module" },
      numFailingTests: 0,
      numPassingTests: 0,
      failureMessage: "Test suite failed to run",
    };
    expect(closingLine({ testResults: [broken, { numFailingTests: 0, numPassingTests: 5 }] })).toBe(
      "447 passed, 1 failed (1 test file could not run)",
    );
  });
});
