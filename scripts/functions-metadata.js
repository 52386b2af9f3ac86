/**
 * Build step after custom-functions-metadata-plugin (used by webpack.config.js and tests):
 *
 * 1. Patches the generated dist/functions.json with the top-level
 *    `"allowErrorForDataTypeAny": true`, so error values inside a range (#REF!, #N/A…)
 *    reach the `any` parameters (the table arguments) as values instead of failing the
 *    formula. Microsoft documents it as a top-level property that applies to every
 *    parameter of type any / any[][], and as not produced by the JSDoc generator.
 * 2. Writes dist/functions-nl.json from the one translation table
 *    src/functions/translations.ts: the same metadata with Dutch function names, function
 *    descriptions, parameter names and parameter descriptions (ids, types and parameter
 *    order unchanged).
 * 3. Warns when dist/functions.js grows over its budget (20 KB minified).
 */

'use strict';

const fs = require('fs');
const path = require('path');
const Module = require('module');

const TRANSLATIONS = path.join(__dirname, '..', 'src', 'functions', 'translations.ts');
const FUNCTIONS_BUDGET_BYTES = 20 * 1024;

/** Loads the NL table of translations.ts (transpiled on the fly; the file has no imports). */
function loadTranslations(file = TRANSLATIONS) {
  const ts = require('typescript');
  const source = fs.readFileSync(file, 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(out.outputText, file);
  return m.exports.NL;
}

/** The generated metadata with allowErrorForDataTypeAny set (a new object). */
function patchMetadata(metadata) {
  // The flag first in the file, and true whatever the generated metadata says.
  const out = { allowErrorForDataTypeAny: true, ...metadata };
  out.allowErrorForDataTypeAny = true;
  return out;
}

const NAME_RE = /^[\p{L}][\p{L}0-9._]*$/u;

/**
 * The Dutch metadata: same ids, types and parameter order, Dutch names and descriptions.
 * Returns { metadata, errors } (errors: a function without a translation, a parameter
 * count that differs, a name Excel rejects, a description over Excel's limits).
 */
function localize(metadata, nl) {
  const errors = [];
  const functions = metadata.functions.map((f) => {
    if ((f.description || '').length > 255) errors.push(`${f.id}: description over 255 characters`);
    for (const p of f.parameters || []) {
      if ((p.description || '').length > 128) errors.push(`${f.id}.${p.name}: parameter description over 128 characters`);
    }
    const t = nl[f.id];
    if (!t) {
      errors.push(`${f.id}: no Dutch translation in src/functions/translations.ts`);
      return f;
    }
    const params = f.parameters || [];
    if (t.parameters.length !== params.length) {
      errors.push(`${f.id}: ${params.length} parameters in the metadata, ${t.parameters.length} in translations.ts`);
    }
    if (!NAME_RE.test(t.name) || t.name.length > 128) errors.push(`${f.id}: invalid Dutch function name "${t.name}"`);
    if (t.description.length > 255) errors.push(`${f.id}: Dutch description over 255 characters`);
    const parameters = params.map((p, i) => {
      const tp = t.parameters[i];
      if (!tp) return p;
      if (tp.name.length < 1 || tp.name.length > 64) errors.push(`${f.id}.${p.name}: Dutch parameter name must be 1..64 characters`);
      if (tp.description.length > 128) errors.push(`${f.id}.${p.name}: Dutch parameter description over 128 characters`);
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  for (const id of Object.keys(nl)) {
    if (!metadata.functions.some((f) => f.id === id)) errors.push(`${id}: translated but not in the generated metadata`);
  }
  return { metadata: { ...metadata, functions }, errors };
}

/** Webpack plugin: runs after CustomFunctionsMetadataPlugin has emitted `input`. */
class FunctionsMetadataPostPlugin {
  constructor(options = {}) {
    this.input = options.input || 'functions.json';
    this.outputNl = options.outputNl || 'functions-nl.json';
    this.bundle = options.bundle || 'functions.js';
    this.budget = options.budget || FUNCTIONS_BUDGET_BYTES;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    const name = 'FunctionsMetadataPostPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(TRANSLATIONS);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) return; // the metadata plugin reported its own errors
        const metadata = patchMetadata(JSON.parse(asset.source.source().toString()));
        const text = JSON.stringify(metadata, null, 2);
        compilation.updateAsset(this.input, new sources.RawSource(text));
        let nl;
        try {
          nl = loadTranslations();
        } catch (e) {
          compilation.errors.push(new WebpackError(`${name}: cannot load ${TRANSLATIONS}: ${e.message}`));
          return;
        }
        const result = localize(metadata, nl);
        for (const err of result.errors) compilation.errors.push(new WebpackError(`${name}: ${err}`));
        compilation.emitAsset(this.outputNl, new sources.RawSource(JSON.stringify(result.metadata, null, 2)));
      });
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const js = compilation.getAsset(this.bundle);
        if (!js || compiler.options.mode !== 'production') return;
        const size = js.source.size();
        if (size > this.budget) {
          // A known, documented goal not met (README, "Performance and budgets"), not a fault
          // of the user's build: an info line, not a WARNING a new user takes for an error.
          compilation.getLogger(name).info(
            `${this.bundle} is ${size} bytes, over its ${this.budget}-byte goal (known; see README, Performance and budgets)`,
          );
        }
      });
    });
  }
}

module.exports = { loadTranslations, patchMetadata, localize, FunctionsMetadataPostPlugin, FUNCTIONS_BUDGET_BYTES };
