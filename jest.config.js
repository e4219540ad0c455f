/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
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
