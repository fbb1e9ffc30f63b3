// Builds the add-in into dist/: one shared runtime page (taskpane.html) loading the pane, the ribbon commands
// and the custom functions, the functions metadata in English and Vietnamese, the manifest and the icons.
// The three entries share one webpack runtime and one "core" chunk: src/core loads once, and a module (the pane
// inbox the commands write to) is one instance on the page. Code the first screen does not need (the found
// table's Dropdowns, the results, the report writer) is split off and loaded with import() when first used.
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeFunctions } = require("./scripts/localize-functions");

const DEV_URL = "https://localhost:3000/";

/** Where the office hosts dist/ ("https://intranet.example/ct/"): set at build time, never hand-edited. */
function baseUrl(mode) {
  const url = process.env.ADDIN_BASE_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must be an https:// address, got "${url}"`);
  if (mode === "production" && url === DEV_URL) {
    console.warn(`[build] ADDIN_BASE_URL is not set: the manifest points at ${DEV_URL} (developer sideloading).`);
  }
  return url.endsWith("/") ? url : url + "/";
}

/** Emits functions.vi.json next to functions.json; fails the build when a translation is missing. */
class VietnameseFunctionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("VietnameseFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "VietnameseFunctionsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin already reported why
          const tablePath = path.resolve(__dirname, "src/functions/translations.vi.json");
          compilation.fileDependencies.add(tablePath);
          const table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
          const { metadata, missing } = localizeFunctions(JSON.parse(asset.source.source().toString()), table);
          if (missing.length) {
            compilation.errors.push(new webpack.WebpackError(`Vietnamese translation missing: ${missing.join(", ")}`));
          }
          compilation.emitAsset("functions.vi.json", new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const url = baseUrl(mode);
  return {
    mode,
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          // Everything two entries would otherwise each carry: the engine, and the libraries they share.
          core: { test: /[\\/]src[\\/]core[\\/]/, name: "core", chunks: "initial", enforce: true, priority: 20 },
          // The Office.js adapter and the pane inbox, used by both the commands and the pane.
          excel: { test: /[\\/]src[\\/](excel[\\/]|commands[\\/]pane-inbox)/, name: "excel", chunks: "initial", minChunks: 2, enforce: true, priority: 15 },
          vendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", chunks: "initial", priority: 10 },
          default: false,
        },
      },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run lint` (tsc), so the bundle build stays fast.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new VietnameseFunctionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One shared runtime: the pane page also runs the ribbon commands and the custom functions.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          // The report picture's font (our Latin/Vietnamese cut of Noto Sans, scripts/picture-font-subset.mjs),
          // loaded by the pane from the add-in's own files (never the network); the browser draws any other
          // character with a font of the system.
          { from: "assets/fonts/NotoSans-Picture-*.ttf", to: "[name][ext]" },
          { from: "assets/fonts/LICENSE_FONT.txt", to: "LICENSE_FONT.txt" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
      server: { type: "https", options: env.WEBPACK_SERVE ? await devCerts() : undefined },
    },
  };
};

/** The developer certificates of office-addin-dev-certs (optional: only developers with Excel need them). */
async function devCerts() {
  try {
    const certs = require("office-addin-dev-certs");
    const options = await certs.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    console.warn(`[dev-server] no developer certificate (${e.message}); serving with a self-signed one.`);
    return undefined;
  }
}
