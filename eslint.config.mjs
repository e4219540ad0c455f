// Lint: TypeScript's recommended rules, Office.js rules on the Excel layer, and the layering of
// ARCHITECTURE.md enforced: src/domain imports nothing from the rest of src/, Office, React or
// ExcelJS; the task pane never touches Excel.* itself.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const outerLayers = ["**/excel/**", "**/taskpane/**", "**/xlsx/**", "**/cli/**"];

export default tseslint.config(
  { ignores: ["dist/**", "dist-demo/**", "lib/**", "coverage/**", "node_modules/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: outerLayers, message: "src/domain is pure: it imports nothing from the layers around it." },
            {
              group: ["react", "react-dom", "exceljs", "@fluentui/*", "@microsoft/office-js", "node:*"],
              message: "src/domain has no Office, React, ExcelJS or Node imports.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel calls live in src/excel/ and reach components as props." },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Runs in Internet Explorer 11's engine too (taskpane.html): ES5 syntax only, parsed as such.
    files: ["src/taskpane/webview-check.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly", Promise: "readonly" },
    },
  },
);
