/**
 * Build of the Excel add-in (npm run build / build:dev / dev-server).
 *
 * Entries
 * - functions → dist/functions.js: the FORMATIE custom functions. Loads with nothing but
 *   the CustomFunctions global (no DOM, no Office, no window at load time); budget 20 KB
 *   minified including the reader and engine it imports. dist/functions.json is generated
 *   from the JSDoc by custom-functions-metadata-plugin, then patched and localized
 *   (dist/functions-nl.json) by scripts/functions-metadata.js.
 * - taskpane → loaded by dist/taskpane.html. The add-in uses a SHARED RUNTIME: the
 *   manifest's <Runtime resid="Taskpane.Url"> is taskpane.html, and the custom functions
 *   run in that page. So taskpane.html loads office.js from the CDN (in the template) and
 *   the chunks functions + commands + taskpane, in that order (functions register first,
 *   even if the pane fails).
 * - commands → dist/commands.html: ribbon commands (the ribbon button only shows the pane;
 *   in the shared runtime the manifest's FunctionFile is taskpane.html as well).
 * - dist/functions.html loads office.js + functions.js alone: a page to debug the functions
 *   outside the pane (not referenced by the manifest).
 * - browser → dist/browser.html: browser mode as its own page (src/taskpane/browser-entry.tsx), the
 *   pane's App over an .xlsx in memory; loads no office.js at all (`npm run serve`).
 *
 * Dev server (`npm run dev-server`, started by `npm start`): HTTPS with the trusted
 * localhost certificate of office-addin-dev-certs (getHttpsServerOptions installs it on first
 * use), as the yo office templates do.
 *
 * The pane engineer adds pane-only settings here; keep the functions entry lean.
 */

'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { FunctionsMetadataPostPlugin } = require('./scripts/functions-metadata');

/** The dev server's certificate: only asked for by `webpack serve` (never by a build or the tests). */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/** Where the add-in is served during development (manifest.xml holds these URLs). */
const urlDev = 'https://localhost:3000/';
/** Where the production build is served: CHANGE before publishing (dist/manifest.xml gets it). */
const urlProd = 'https://www.example.com/formatieplanner/';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Source files of the custom functions (the metadata plugin reads their JSDoc). */
const FUNCTION_FILES = ['./src/functions/cells.ts', './src/functions/tables.ts', './src/functions/projection.ts'];

function page(title, body = '') {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script src="${OFFICE_JS}"></script>
  </head>
  <body>${body}</body>
</html>
`;
}

/**
 * `--env functionsOnly` builds only the functions entry and its metadata (fast; used by
 * the tests when dist/ is missing or stale); `--env outputPath=DIR` writes elsewhere.
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const functionsOnly = Boolean(env.functionsOnly);
  const metadataPlugins = [
    new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTION_FILES }),
    new FunctionsMetadataPostPlugin({ input: 'functions.json', outputNl: 'functions-nl.json', bundle: 'functions.js' }),
  ];
  return {
    mode: dev ? 'development' : 'production',
    target: ['web', 'es2020'],
    // No eval-based source maps: the pane's CSP has no 'unsafe-eval'.
    devtool: 'source-map',
    entry: functionsOnly
      ? { functions: './src/functions/index.ts' }
      : {
          functions: './src/functions/index.ts',
          commands: './src/commands/commands.ts',
          taskpane: './src/taskpane/index.tsx',
          browser: './src/taskpane/browser-entry.tsx',
        },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash].js',
      publicPath: 'auto',
      clean: !functionsOnly || Boolean(env.outputPath),
      // Always write: the tests tell a fresh dist/ from a stale one by its files' times.
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so that webpack can tree-shake the engine and reader.
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
        {
          // The engine and the reader are pure: modules only re-exported by an index
          // (exceljs adapters and the like) are dropped from bundles that do not use them.
          test: /[\\/]src[\\/](model|sheet)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/i,
          type: 'asset/resource',
          generator: { filename: 'assets/[name].[contenthash][ext]' },
        },
      ],
    },
    plugins: functionsOnly ? metadataPlugins : [
      ...metadataPlugins,
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'browser.html',
        template: './src/taskpane/browser.html',
        chunks: ['browser'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        templateContent: page('Formatieplanner VO: opdrachten'),
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'functions.html',
        templateContent: page('Formatieplanner VO: functies'),
        chunks: ['functions'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    performance: {
      // The pane is large by nature (React + Fluent UI, lazy chunks); the functions budget
      // is checked by FunctionsMetadataPostPlugin and test/functions/bundle.test.ts.
      hints: false,
    },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: env.WEBPACK_SERVE ? { type: 'https', options: await httpsOptions() } : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
