/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Jest's 5 s default fails a sound test on a loaded 2-core machine (CI shares it): tests wait for
  // events, not time, and this only stops one that never ends. Longer ones state their own.
  testTimeout: 60_000,
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "CommonJS", moduleResolution: "node", isolatedModules: true, jsx: "react-jsx" },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  // The closing line "N passed, N failed" that CI reads, after Jest's own summary.
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
