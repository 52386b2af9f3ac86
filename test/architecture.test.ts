/**
 * The architecture, checked on every file under src/ (README "Architecture"): which folder
 * may import which, which outside packages and host globals each folder may touch, no
 * import circles, no oversized files. Imports are read with the TypeScript parser (static
 * imports and re-exports, `import()`, `require()`), not guessed with regular expressions.
 *
 * Layer table (a folder may import itself and the folders listed):
 *
 *   model      → (nothing else in src)       pure engine
 *   sheet      → model                       pure reader
 *   functions  → model, sheet                custom functions
 *   io         → model, sheet                the file layer: read an .xlsx (own zip reader on
 *                                            pako), write the result, projection and board
 *                                            workbooks (exceljs, jszip); node built-ins only
 *                                            in the CLI-only files (IO_NODE_FILES), never on
 *                                            the browser's import path into io
 *   host       → model, sheet                the WorkbookActions port (types)
 *   excel      → model, sheet, host          the Office.js adapter
 *   browser    → model, sheet, host          the .xlsx-in-memory adapter; and io, but only
 *                                            through `import()` (exceljs stays a lazy chunk,
 *                                            out of the pane's first paint)
 *   taskpane   → model, sheet, host          React pane; only its entry files wire the
 *                                            adapters: index.tsx (taskpane.html, Excel or a
 *                                            notice) and browser-entry.tsx (browser.html)
 *   cli        → model, sheet, io            command line
 *   commands   → model, sheet, host, excel   ribbon commands: today none; an ExecuteFunction
 *                                            command may drive the Excel adapter, never the
 *                                            pane, the browser adapter, io or the cli
 *
 * Circles are searched among value imports across all of src/ (`import type`, `export
 * type` and imports whose every name is `type` are erased by the compiler and ignored).
 */

import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');

type Layer = 'model' | 'sheet' | 'functions' | 'io' | 'host' | 'excel' | 'browser' | 'taskpane' | 'cli' | 'commands';

const LAYERS: Record<Layer, Layer[]> = {
  model: [],
  sheet: ['model'],
  functions: ['model', 'sheet'],
  io: ['model', 'sheet'],
  host: ['model', 'sheet'],
  excel: ['model', 'sheet', 'host'],
  browser: ['model', 'sheet', 'host'],
  taskpane: ['model', 'sheet', 'host'],
  cli: ['model', 'sheet', 'io'],
  commands: ['model', 'sheet', 'host', 'excel'],
};

/** Extra edges a single file or a kind of import may use (see the table above). */
const ENTRY_FILES: Record<string, Layer[]> = {
  'taskpane/index.tsx': ['excel', 'browser'],
  'taskpane/browser-entry.tsx': ['browser'],
};
const LAZY_ONLY: Partial<Record<Layer, Layer[]>> = { browser: ['io'] };

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNodeBuiltin = (spec: string) => NODE_BUILTINS.has(spec);

/** Outside packages per folder (a package or its subpath). model, sheet and host: none. */
const PACKAGES: Record<Layer, (spec: string) => boolean> = {
  model: () => false,
  sheet: () => false,
  host: () => false,
  functions: () => false,
  // Node built-ins: only in IO_NODE_FILES (the test 'node built-ins in io only in ...').
  io: (s) => ['exceljs', 'jszip', 'pako'].includes(s.split('/')[0]) || NODE_BUILTINS.has(s),
  excel: () => false,
  browser: () => false,
  taskpane: (s) => s === 'react' || s.startsWith('react-dom') || s.startsWith('@fluentui/'),
  cli: (s) => NODE_BUILTINS.has(s),
  commands: () => false,
};

/**
 * The files of src/io that run only under Node, imported only by the cli: they may use
 * node built-ins (fs, streams). The rest of io is shared with the browser adapter, which
 * lazily imports io to read an .xlsx and build the result workbook in memory.
 */
const IO_NODE_FILES = new Set(['io/node-file.ts', 'io/result-stream.ts']);

/** The host globals (Office.js, custom functions runtime) and who may touch them. */
const HOST_GLOBALS = new Set(['Office', 'Excel', 'CustomFunctions', 'OfficeRuntime']);
const MAY_USE_HOST_GLOBALS = (file: string, layer: Layer) =>
  layer === 'excel' || layer === 'functions' || layer === 'commands' || file === 'taskpane/index.tsx';

/**
 * About 450 lines per source file (README): 460 is the hard line. Files another branch is
 * splitting right now are listed with their size today; the list may only shrink (a file
 * listed here that fits fails the test, so the entry is removed once the split lands).
 */
const MAX_LINES = 460;
const SPLIT_PENDING: Record<string, number> = {};

/**
 * Circles found in another branch's area and reported there; the list may only shrink (an
 * entry that no longer is a circle fails the test, so it is removed when fixed). Empty
 * since the model branch split scenario.ts (scenario.ts <-> solve.ts was the last).
 */
const KNOWN_CIRCLES: string[] = [];

interface Import {
  spec: string;
  /** Repo-relative path under src/ of the imported file, or null for a package. */
  target: string | null;
  kind: 'static' | 'type' | 'dynamic';
  line: number;
}

interface SourceInfo {
  file: string; // relative to src/, forward slashes
  layer: string;
  imports: Import[];
  hostGlobals: { name: string; line: number }[];
  lines: number;
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listFiles(p);
    return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

function rel(abs: string): string {
  return path.relative(SRC, abs).split(path.sep).join('/');
}

function resolveRelative(fromAbs: string, spec: string): string | null {
  const base = path.resolve(path.dirname(fromAbs), spec);
  const candidates = [
    base,
    ...['.ts', '.tsx', '.d.ts', '.js', '.json'].map((x) => base + x),
    ...['index.ts', 'index.tsx', 'index.js'].map((x) => path.join(base, x)),
  ];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return null;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'`: runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false; // a default import
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** An identifier that names a host global, not a property or member that happens to share its name. */
function isGlobalReference(node: ts.Identifier): boolean {
  const p = node.parent;
  if (!p) return true;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return false;
  if (ts.isQualifiedName(p) && p.right === node) return false;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertySignature(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isEnumMember(p) ||
      ts.isImportSpecifier(p) ||
      ts.isExportSpecifier(p)) &&
    p.name === node
  )
    return false;
  return true;
}

function parse(abs: string): SourceInfo {
  const text = fs.readFileSync(abs, 'utf8');
  const sf = ts.createSourceFile(abs, text, ts.ScriptTarget.Latest, true, abs.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const file = rel(abs);
  const imports: Import[] = [];
  const hostGlobals: { name: string; line: number }[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const add = (specNode: ts.Node | undefined, kind: Import['kind'], at: ts.Node) => {
    if (!specNode || !ts.isStringLiteralLike(specNode)) return;
    const spec = specNode.text;
    let target: string | null = null;
    if (spec.startsWith('.')) {
      const r = resolveRelative(abs, spec);
      target = r ? path.relative(SRC, r).split(path.sep).join('/') : `?unresolved:${spec}`;
    }
    imports.push({ spec, target, kind, line: lineOf(at) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node) ? 'type' : 'static', node);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier)
      add(node.moduleSpecifier, isTypeOnlyExport(node) ? 'type' : 'static', node);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node.moduleReference.expression, node.isTypeOnly ? 'type' : 'static', node);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0], 'dynamic', node);
    else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require')
      add(node.arguments[0], 'static', node);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, 'type', node);
    else if (ts.isIdentifier(node) && HOST_GLOBALS.has(node.text) && isGlobalReference(node))
      hostGlobals.push({ name: node.text, line: lineOf(node) });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { file, layer: file.split('/')[0], imports, hostGlobals, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) };
}

const SOURCES: SourceInfo[] = listFiles(SRC)
  .filter((f) => !f.endsWith('.d.ts'))
  .map(parse)
  .sort((a, b) => a.file.localeCompare(b.file));

const layerOf = (file: string) => file.split('/')[0];
const isLayer = (x: string): x is Layer => Object.prototype.hasOwnProperty.call(LAYERS, x);

test('every source file sits in a folder of the layer table', () => {
  expect(SOURCES.length).toBeGreaterThan(50);
  const stray = SOURCES.filter((s) => !isLayer(s.layer)).map((s) => `src/${s.file}: folder "${s.layer}" is not in the layer table`);
  expect(stray).toEqual([]);
});

test('every relative import resolves to a file under src/', () => {
  const bad = SOURCES.flatMap((s) =>
    s.imports
      .filter((i) => i.target !== null && (i.target.startsWith('?unresolved:') || i.target.startsWith('..')))
      .map((i) => `src/${s.file}:${i.line} imports '${i.spec}', which is not a file under src/`),
  );
  expect(bad).toEqual([]);
});

describe('layers', () => {
  test.each(Object.keys(LAYERS) as Layer[])('%s imports only the folders the table allows', (layer) => {
    const bad: string[] = [];
    for (const s of SOURCES.filter((x) => x.layer === layer)) {
      const allowed = new Set<string>([layer, ...LAYERS[layer], ...(ENTRY_FILES[s.file] ?? [])]);
      for (const i of s.imports) {
        if (i.target === null || i.target.startsWith('?')) continue;
        const to = layerOf(i.target);
        if (allowed.has(to)) continue;
        if (i.kind === 'dynamic' && LAZY_ONLY[layer]?.includes(to as Layer)) continue;
        const lazy = LAZY_ONLY[layer]?.length ? `; lazily also ${LAZY_ONLY[layer]!.join(', ')}` : '';
        bad.push(
          `src/${s.file}:${i.line} imports src/${i.target} (${layer} may import ${[...LAYERS[layer]].join(', ') || 'nothing else in src'}${lazy})`,
        );
      }
    }
    expect(bad).toEqual([]);
  });

  test('only the pane entry files (index.tsx, browser-entry.tsx) wire the adapters', () => {
    const wiring = SOURCES.filter((s) => s.layer === 'taskpane')
      .filter((s) => s.imports.some((i) => i.target && ['excel', 'browser'].includes(layerOf(i.target))))
      .map((s) => s.file);
    expect(wiring.sort()).toEqual(Object.keys(ENTRY_FILES).sort());
  });

  test('nothing outside the pane entry file imports the pane, the cli or the ribbon commands', () => {
    const bad = SOURCES.flatMap((s) =>
      s.imports
        .filter((i) => i.target && ['taskpane', 'cli', 'commands'].includes(layerOf(i.target)) && layerOf(i.target) !== s.layer)
        .map((i) => `src/${s.file}:${i.line} imports src/${i.target}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('outside packages and host globals', () => {
  test.each(Object.keys(LAYERS) as Layer[])('%s imports only its own outside packages', (layer) => {
    const bad = SOURCES.filter((s) => s.layer === layer).flatMap((s) =>
      s.imports
        .filter((i) => i.target === null && !PACKAGES[layer](i.spec))
        .map((i) => `src/${s.file}:${i.line} imports package '${i.spec}' (not allowed in ${layer})`),
    );
    expect(bad).toEqual([]);
  });

  test('node built-ins in io only in the CLI-only files (IO_NODE_FILES)', () => {
    const bad = SOURCES.filter((s) => s.layer === 'io' && !IO_NODE_FILES.has(s.file)).flatMap((s) =>
      s.imports
        .filter((i) => i.target === null && isNodeBuiltin(i.spec))
        .map((i) => `src/${s.file}:${i.line} imports node's '${i.spec}' (only ${[...IO_NODE_FILES].join(', ')} may)`),
    );
    expect(bad).toEqual([]);
  });

  test('the CLI-only io files are imported by the cli (or each other) only', () => {
    const bad = SOURCES.flatMap((s) =>
      s.imports
        .filter((i) => i.target && IO_NODE_FILES.has(i.target) && s.layer !== 'cli' && !IO_NODE_FILES.has(s.file))
        .map((i) => `src/${s.file}:${i.line} imports src/${i.target}, which only the cli may use`),
    );
    expect(bad).toEqual([]);
  });

  test("the browser's import graph (static and lazy, through io) never reaches a node built-in", () => {
    const byFile = new Map(SOURCES.map((s) => [s.file, s]));
    const starts = SOURCES.filter((s) => ['browser', 'taskpane'].includes(s.layer)).map((s) => s.file);
    expect(starts.length).toBeGreaterThan(5);
    const from = new Map<string, string>(starts.map((f) => [f, '']));
    const queue = [...starts];
    const bad: string[] = [];
    let reachedIo = 0;
    while (queue.length) {
      const f = queue.shift()!;
      const s = byFile.get(f);
      if (!s) continue;
      if (s.layer === 'io') reachedIo++;
      for (const i of s.imports) {
        if (i.kind === 'type') continue;
        if (i.target === null) {
          if (isNodeBuiltin(i.spec)) {
            const chain = [f];
            while (from.get(chain[0])) chain.unshift(from.get(chain[0])!);
            bad.push(`${chain.map((c) => `src/${c}`).join(' → ')} imports node's '${i.spec}'`);
          }
        } else if (!i.target.startsWith('?') && !from.has(i.target)) {
          from.set(i.target, f);
          queue.push(i.target);
        }
      }
    }
    expect(reachedIo).toBeGreaterThan(0); // the lazy xlsx reader is on the path
    expect(bad).toEqual([]);
  });

  test('model, sheet and host are pure: no packages, no node modules, no Office globals', () => {
    const pure = SOURCES.filter((s) => ['model', 'sheet', 'host'].includes(s.layer));
    expect(pure.length).toBeGreaterThan(10);
    const bad = pure.flatMap((s) => [
      ...s.imports.filter((i) => i.target === null).map((i) => `src/${s.file}:${i.line} imports '${i.spec}'`),
      ...s.hostGlobals.map((g) => `src/${s.file}:${g.line} uses the global ${g.name}`),
    ]);
    expect(bad).toEqual([]);
  });

  test('Office / Excel / CustomFunctions globals only in excel, functions, commands and the pane entry file', () => {
    const bad = SOURCES.filter((s) => isLayer(s.layer) && !MAY_USE_HOST_GLOBALS(s.file, s.layer as Layer)).flatMap((s) =>
      s.hostGlobals.map((g) => `src/${s.file}:${g.line} uses the global ${g.name}`),
    );
    expect(bad).toEqual([]);
  });
});

/** Strongly connected components of the value-import graph (Tarjan), each with more than one file or a self-import. */
function circles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!idx.has(v)) strong(v);
  return out;
}

/** One shortest circle through the first file of a component, written `a → b → a`. */
function circlePath(comp: string[], edges: Map<string, string[]>): string {
  const inComp = new Set(comp);
  const start = comp[0];
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of edges.get(v) ?? []) {
      if (!inComp.has(w)) continue;
      if (w === start) {
        const pathBack = [v];
        while (pathBack[0] !== start) pathBack.unshift(prev.get(pathBack[0])!);
        return [...pathBack, start].map((f) => `src/${f}`).join(' → ');
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return comp.map((f) => `src/${f}`).join(' ↔ ');
}

function valueGraph(kinds: Import['kind'][]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const s of SOURCES) {
    const to = s.imports.filter((i) => kinds.includes(i.kind) && i.target && !i.target.startsWith('?')).map((i) => i.target!);
    edges.set(s.file, [...new Set(to)]);
  }
  return edges;
}

describe('import circles', () => {
  const graph = valueGraph(['static', 'dynamic']);
  const found = circles(graph).map((c) => circlePath(c, graph));

  test('no circle among value imports across src/ (static and dynamic; `import type` ignored)', () => {
    expect(found.filter((c) => !KNOWN_CIRCLES.includes(c))).toEqual([]);
  });

  test('the list of known circles only shrinks', () => {
    expect(KNOWN_CIRCLES.filter((c) => !found.includes(c))).toEqual([]);
  });

  test('the circle search finds a circle (self-check on a made-up graph)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(circles(g)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(circles(g).map((c) => circlePath(c, g))).toEqual(['src/a → src/b → src/c → src/a', 'src/e → src/e']);
  });

  test('`import type` is told apart from a value import', () => {
    const kinds = (code: string) => {
      const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
      return sf.statements.map((st) =>
        ts.isImportDeclaration(st) ? (isTypeOnlyImport(st) ? 'type' : 'value') : ts.isExportDeclaration(st) ? (isTypeOnlyExport(st) ? 'type' : 'value') : '-',
      );
    };
    expect(
      kinds(`import type { A } from './a';
import { type B, type C } from './b';
import { type D, E } from './d';
import F from './f';
import './g';
import * as H from './h';
export type { I } from './i';
export { J } from './j';
export * from './k';`),
    ).toEqual(['type', 'type', 'value', 'value', 'value', 'value', 'type', 'value', 'value']);
  });
});

describe('file size', () => {
  test(`no source file over ${MAX_LINES} lines (about 450; files being split elsewhere are listed)`, () => {
    const over = SOURCES.filter((s) => s.lines > MAX_LINES && !(s.file in SPLIT_PENDING)).map(
      (s) => `src/${s.file}: ${s.lines} lines`,
    );
    expect(over).toEqual([]);
  });

  test('the list of files awaiting a split only shrinks', () => {
    const stale = Object.keys(SPLIT_PENDING).filter((f) => {
      const s = SOURCES.find((x) => x.file === f);
      return !s || s.lines <= MAX_LINES;
    });
    expect(stale).toEqual([]);
  });
});
