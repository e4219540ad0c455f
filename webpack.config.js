// Builds the task pane into dist/, as Microsoft's React task-pane template does, with one change:
// office.js is copied from @microsoft/office-js into dist/office-js/ and loaded from there, so
// the add-in loads with no internet. (README: how to switch to the CDN for AppSource.)
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
/** Where a council serves the built files; set ANNEX_A_URL at build time for production. */
const urlProd = process.env.ANNEX_A_URL ?? "https://www.contoso.com/annex-a/";

async function getHttpsOptions() {
  // Only for the dev server: office-addin-dev-certs makes (and trusts) a localhost certificate.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** `--env demo`: the task pane beside an in-memory workbook, served over plain http on localhost. */
function demoConfig() {
  return {
    mode: "development",
    devtool: "source-map",
    entry: { demo: ["./src/taskpane/no-eval.ts", "./src/demo/index.tsx"] },
    output: { path: path.resolve(__dirname, "dist-demo"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html" })],
    devServer: {
      host: "127.0.0.1",
      port: Number(process.env.ANNEX_A_DEMO_PORT || 3001),
      open: false,
      client: { overlay: true },
    },
  };
}

module.exports = async (env, options) => {
  if (env.demo) return demoConfig();
  const dev = options.mode === "development";
  const serving = process.argv.includes("serve");
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // no-eval.ts first: zod must be jitless before any schema is built (CSP, taskpane.html).
      taskpane: ["./src/taskpane/no-eval.ts", "./src/taskpane/index.tsx"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // ES5, for webviews that cannot run the pane: copied as written, never transpiled or minified.
          { from: "src/taskpane/webview-check.js", to: "[name][ext]", info: { minimized: true } },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
          {
            // Excel's files only: office.js, Excel's host scripts and the locale strings.
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            globOptions: {
              ignore: [
                "**/*.debug.js",
                "**/*.d.ts",
                "**/{word,powerpoint,outlook,onenote,project,access,visio}*",
                "**/*_strings.debug.js",
              ],
            },
            // Byte for byte: Microsoft's files are already minified, and Terser minifying them again
            // changed them (55,886 bytes of office.js against Microsoft's 59,420). `minimized` tells
            // Terser to leave an asset alone (copy-webpack-plugin README, "info").
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving
        ? {
            type: "https",
            options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
          }
        : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
