/**
 * A small fake of the Excel request context (office-addin-mock cannot model
 * getUsedRangeOrNullObject, getNextOrNullObject chains, tables.add, charts.add or settings
 * with deferred loading). It keeps Office.js's proxy semantics where they matter:
 * - a property is readable only after the sync that followed its load (else it throws,
 *   like PropertyNotLoaded), and isNullObject only after a sync;
 * - every sync, every load (object type and properties) and every write (sheet, address,
 *   kind, data) is recorded, with the response size of each sync in JSON bytes;
 * - a string written through `values` behaves as Excel treats typed input: "=…" becomes a
 *   formula, a leading apostrophe makes the rest text (quotePrefix);
 * - an array written to a range must have the range's shape (else it throws, like Excel).
 * Source sheets are virtual (a cell function), so millions of cells cost no memory.
 */

import { columnLetter as columnLetters, parseRange, rangeA1 } from '../../src/model/address';
import type { ExcelRun } from '../../src/excel';

export interface SheetInit {
  name: string;
  /** Literal cells, or a virtual block given by size and a cell function. */
  values?: unknown[][];
  rows?: number;
  cols?: number;
  cell?: (r: number, c: number) => unknown;
  /** 1-based row and 0-based column of the data's top-left cell. */
  originRow?: number;
  originCol?: number;
  /** Merged ranges (A1, such as "A1:C1"): their top-left cell holds the value, the rest reads "". */
  merges?: string[];
}

interface Cell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  quotePrefix?: boolean;
  bold?: boolean;
}

export interface LoadRecord {
  type: string;
  props: string[];
}

export interface WriteRecord {
  sheet: string;
  address: string;
  kind: 'values' | 'formulas' | 'numberFormat' | 'bold';
  data: unknown;
}

export interface SyncRecord {
  loads: LoadRecord[];
  responseBytes: number;
}

export class FakeSheet {
  written = new Map<string, Cell>();
  tables: { address: string; hasHeaders: boolean; style?: string }[] = [];
  charts: FakeChart[] = [];
  constructor(public name: string, public init: SheetInit) {}

  get dataRows(): number {
    return this.init.values ? this.init.values.length : (this.init.rows ?? 0);
  }
  get dataCols(): number {
    return this.init.values ? Math.max(0, ...this.init.values.map((r) => r.length)) : (this.init.cols ?? 0);
  }
  get originRow(): number {
    return this.init.originRow ?? 1;
  }
  get originCol(): number {
    return this.init.originCol ?? 0;
  }

  /** Value of a cell (1-based row, 0-based column) as Range.values returns it. */
  valueAt(row1: number, col0: number): unknown {
    const w = this.written.get(`${row1},${col0}`);
    if (w) return w.value;
    const r = row1 - this.originRow;
    const c = col0 - this.originCol;
    if (r < 0 || c < 0 || r >= this.dataRows || c >= this.dataCols) return '';
    if (this.coveredByMerge(row1, col0)) return '';
    const v = this.init.values ? this.init.values[r][c] : this.init.cell!(r, c);
    return v === null || v === undefined ? '' : v;
  }

  /** Whether a cell lies in a merged range but is not its top-left cell (Excel reads those as ""). */
  coveredByMerge(row1: number, col0: number): boolean {
    for (const m of this.init.merges ?? []) {
      const g = parseRange(m);
      const inside = row1 >= g.row && row1 < g.row + g.rows && col0 >= g.col && col0 < g.col + g.cols;
      if (inside && !(row1 === g.row && col0 === g.col)) return true;
    }
    return false;
  }

  cellAt(address: string): Cell | undefined {
    const g = parseRange(address);
    return this.written.get(`${g.row},${g.col}`);
  }

  /** Used range (values only) as [row1, col0, rows, cols], or null when the sheet is empty. */
  usedBounds(): [number, number, number, number] | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -Infinity;
    let c2 = -Infinity;
    if (this.dataRows > 0 && this.dataCols > 0) {
      r1 = this.originRow;
      c1 = this.originCol;
      r2 = this.originRow + this.dataRows - 1;
      c2 = this.originCol + this.dataCols - 1;
    }
    for (const [k, cell] of this.written) {
      if (cell.value === '' && !cell.formula) continue;
      const [r, c] = k.split(',').map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r1 === Infinity ? null : [r1, c1, r2 - r1 + 1, c2 - c1 + 1];
  }
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: { text?: string };
  legend: { position?: string };
  position?: [string, string];
  setPosition(a: string, b: string): void;
}

export interface FakeOptions {
  /** Simulate a host that rejects calls on a null object (getNextOrNullObject past the end). */
  rejectNullChains?: boolean;
  /**
   * Excel on the web's payload limit: a sync whose response would exceed this many JSON bytes
   * throws { code: 'ResponsePayloadSizeLimitExceeded' } and loads nothing.
   */
  responseLimitBytes?: number;
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function parseProps(props: string | string[] | undefined): string[] {
  if (props === undefined) return ['*'];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

type Pending = () => number;

export class FakeExcel {
  sheets: FakeSheet[];
  settings = new Map<string, unknown>();
  syncs: SyncRecord[] = [];
  /** Response sizes of the syncs refused by responseLimitBytes. */
  failedSyncs: number[] = [];
  loads: LoadRecord[] = [];
  writes: WriteRecord[] = [];
  deleted: string[] = [];
  added: string[] = [];
  selected: string[] = [];
  activated: string[] = [];
  activeSheet = 0;
  private pending: Pending[] = [];
  private pendingLoads: LoadRecord[] = [];
  private pendingError: Error | null = null;
  private afterSync: (() => void)[] = [];
  readonly context: unknown;

  constructor(sheets: SheetInit[], private options: FakeOptions = {}) {
    this.sheets = sheets.map((s) => new FakeSheet(s.name, s));
    this.context = {
      workbook: {
        worksheets: this.worksheetCollection(),
        settings: this.settingCollection(),
      },
      sync: () => this.sync(),
    };
  }

  /** An Excel.run stand-in for createExcelActions. */
  get run(): ExcelRun {
    return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context as Excel.RequestContext);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private async sync(): Promise<void> {
    const loads = this.pendingLoads;
    const pending = this.pending;
    const after = this.afterSync;
    const error = this.pendingError;
    this.pendingLoads = [];
    this.pending = [];
    this.afterSync = [];
    this.pendingError = null;
    if (error) {
      this.syncs.push({ loads, responseBytes: 0 });
      throw error;
    }
    let bytes = 0;
    for (const p of pending) bytes += p();
    const limit = this.options.responseLimitBytes;
    if (limit !== undefined && bytes > limit) {
      this.syncs.push({ loads, responseBytes: 0 });
      this.failedSyncs.push(bytes);
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    for (const a of after) a();
    this.syncs.push({ loads, responseBytes: bytes });
  }

  private recordLoad(type: string, props: string | string[] | undefined, resolve: (props: string[]) => number): void {
    const list = parseProps(props);
    const rec = { type, props: list };
    this.loads.push(rec);
    this.pendingLoads.push(rec);
    this.pending.push(() => resolve(list));
  }

  private onSync(fn: () => void): void {
    this.afterSync.push(fn);
  }

  private notLoaded(what: string): never {
    throw new Error(`PropertyNotLoaded: ${what}`);
  }

  // ---- Worksheets -------------------------------------------------------------------

  private worksheetCollection() {
    const fake = this;
    let items: unknown[] | null = null;
    return {
      load(props?: string) {
        fake.recordLoad('WorksheetCollection', props, (list) => {
          items = fake.sheets.map((s) => {
            const ws = fake.worksheet(() => s);
            (ws as { _setLoaded(p: string[]): void })._setLoaded(list.map((p) => p.replace(/^items\//, '')));
            return ws;
          });
          return JSON.stringify(fake.sheets.map((s) => ({ name: s.name }))).length;
        });
      },
      get items() {
        return items ?? fake.notLoaded('worksheets.items');
      },
      getItem(name: string) {
        return fake.worksheet(() => {
          const s = fake.sheet(name);
          if (!s) throw new Error(`ItemNotFound: ${name}`);
          return s;
        });
      },
      getItemOrNullObject(name: string) {
        return fake.worksheet(() => fake.sheet(name) ?? null);
      },
      getFirst() {
        return fake.worksheet(() => fake.sheets[0] ?? null);
      },
      getActiveWorksheet() {
        return fake.worksheet(() => fake.sheets[fake.activeSheet]);
      },
      add(name: string) {
        if (fake.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        const s = new FakeSheet(name, { name });
        fake.sheets.push(s);
        fake.added.push(name);
        return fake.worksheet(() => s);
      },
    };
  }

  /** A worksheet proxy; `resolve` gives the sheet or null (a null object). */
  private worksheet(resolve: () => FakeSheet | null) {
    const fake = this;
    let loaded: string[] = [];
    let synced = false;
    let target: FakeSheet | null | undefined;
    const get = (): FakeSheet | null => {
      if (target === undefined) target = resolve();
      return target;
    };
    const live = (): FakeSheet => {
      const s = get();
      if (!s) throw new Error('InvalidObjectPath: null worksheet');
      return s;
    };
    const onNull = (): void => {
      if (get() === null && fake.options.rejectNullChains) fake.pendingError = new Error('InvalidObjectPath: call on a null object');
    };
    fake.onSync(() => (synced = true));
    const ws = {
      _setLoaded(p: string[]) {
        loaded = p;
        synced = true;
      },
      load(props?: string) {
        fake.recordLoad('Worksheet', props, (list) => {
          loaded = list;
          synced = true;
          return get() ? JSON.stringify({ name: get()!.name }).length : 20;
        });
      },
      get isNullObject() {
        if (!synced) fake.notLoaded('isNullObject');
        return get() === null;
      },
      get name() {
        if (!loaded.includes('name') && !loaded.includes('*')) fake.notLoaded('worksheet.name');
        return live().name;
      },
      getNextOrNullObject() {
        onNull();
        return fake.worksheet(() => {
          const s = get();
          if (!s) return null;
          return fake.sheets[fake.sheets.indexOf(s) + 1] ?? null;
        });
      },
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        onNull();
        void valuesOnly;
        return fake.range(() => {
          const s = get();
          const b = s?.usedBounds();
          return s && b ? { sheet: s, address: rangeA1(b[0], b[1], b[2], b[3]) } : null;
        });
      },
      getRange(address: string) {
        return fake.range(() => ({ sheet: live(), address: address.replace(/\$/g, '') }));
      },
      activate() {
        fake.onSync(() => {
          fake.activeSheet = fake.sheets.indexOf(live());
          fake.activated.push(live().name);
        });
      },
      delete() {
        const s = live();
        fake.sheets.splice(fake.sheets.indexOf(s), 1);
        fake.deleted.push(s.name);
      },
      get tables() {
        return {
          add(address: string, hasHeaders: boolean) {
            const t = { address: address.replace(/\$/g, ''), hasHeaders, style: undefined as string | undefined };
            live().tables.push(t);
            return t;
          },
        };
      },
      get charts() {
        return {
          add(type: string, source: { _address(): string }, seriesBy: string) {
            const chart: FakeChart = {
              type,
              source: source._address(),
              seriesBy,
              title: {},
              legend: {},
              setPosition(a: string, b: string) {
                chart.position = [a, b];
              },
            };
            live().charts.push(chart);
            return chart;
          },
        };
      },
    };
    return ws;
  }

  // ---- Ranges -----------------------------------------------------------------------

  private range(resolve: () => { sheet: FakeSheet; address: string } | null) {
    const fake = this;
    let target: { sheet: FakeSheet; address: string } | null | undefined;
    const get = () => {
      if (target === undefined) target = resolve();
      return target;
    };
    const live = () => {
      const t = get();
      if (!t) throw new Error('InvalidObjectPath: null range');
      return t;
    };
    let loaded: Record<string, unknown> | null = null;
    let synced = false;
    const prop = (p: string): unknown => {
      if (!loaded || !(p in loaded)) fake.notLoaded(`range.${p}`);
      return loaded![p];
    };
    const grid = () => parseRange(live().address);
    const write = (kind: 'values' | 'formulas' | 'numberFormat', data: unknown[][]): void => {
      const t = live();
      const g = grid();
      if (data.length !== g.rows || data.some((r) => r.length !== g.cols)) {
        throw new Error(`InvalidArgument: ${kind} of ${data.length}×${data[0]?.length} for ${t.address} (${g.rows}×${g.cols})`);
      }
      fake.writes.push({ sheet: t.sheet.name, address: t.address, kind, data });
      data.forEach((row, r) =>
        row.forEach((v, c) => {
          const key = `${g.row + r},${g.col + c}`;
          const cell = t.sheet.written.get(key) ?? { value: '' };
          if (kind === 'numberFormat') cell.numberFormat = String(v);
          else if (typeof v === 'string' && v.startsWith("'")) {
            cell.value = v.slice(1);
            cell.quotePrefix = true;
            cell.formula = undefined;
          } else if (typeof v === 'string' && v.startsWith('=')) {
            cell.formula = v;
            cell.value = '(formula)';
          } else {
            cell.value = v;
            cell.formula = undefined;
          }
          t.sheet.written.set(key, cell);
        }),
      );
    };
    fake.onSync(() => (synced = true));
    return {
      _address: () => live().address,
      getMergedAreasOrNullObject() {
        return fake.mergedAreas(() => {
          const t = live();
          const g = grid();
          // Areas whose top-left cell lies in this range (as Excel answers).
          const inside = (t.sheet.init.merges ?? []).filter((m) => {
            const a = parseRange(m);
            return a.row >= g.row && a.row < g.row + g.rows && a.col >= g.col && a.col < g.col + g.cols;
          });
          return inside.length ? inside.map((m) => `${quote(t.sheet.name)}!${m}`) : null;
        });
      },
      load(props?: string) {
        fake.recordLoad('Range', props, (list) => {
          synced = true;
          const t = get();
          if (!t) {
            loaded = {};
            return 20;
          }
          const g = grid();
          const all: Record<string, () => unknown> = {
            address: () => `${quote(t.sheet.name)}!${t.address}`,
            rowCount: () => g.rows,
            columnCount: () => g.cols,
            values: () =>
              Array.from({ length: g.rows }, (_r, r) => Array.from({ length: g.cols }, (_c, c) => t.sheet.valueAt(g.row + r, g.col + c))),
          };
          loaded = {};
          for (const p of list.includes('*') ? Object.keys(all) : list) {
            if (!all[p]) throw new Error(`fake: unsupported range property ${p}`);
            loaded[p] = all[p]();
          }
          return JSON.stringify(loaded).length;
        });
      },
      get isNullObject() {
        if (!synced) fake.notLoaded('isNullObject');
        return get() === null;
      },
      get address() {
        return prop('address') as string;
      },
      get rowCount() {
        return prop('rowCount') as number;
      },
      get columnCount() {
        return prop('columnCount') as number;
      },
      get values() {
        return prop('values') as unknown[][];
      },
      set values(v: unknown[][]) {
        write('values', v);
      },
      set formulas(v: unknown[][]) {
        write('formulas', v);
      },
      set numberFormat(v: unknown[][]) {
        write('numberFormat', v);
      },
      select() {
        fake.onSync(() => fake.selected.push(`${live().sheet.name}!${live().address}`));
      },
      format: {
        font: {
          set bold(b: boolean) {
            const t = live();
            fake.writes.push({ sheet: t.sheet.name, address: t.address, kind: 'bold', data: b });
          },
        },
        autofitColumns() {
          live();
        },
      },
    };
  }

  /** A RangeAreas proxy of merged areas: `resolve` gives their addresses, or null (a null object). */
  private mergedAreas(resolve: () => string[] | null) {
    const fake = this;
    let loaded: string[] | null | undefined;
    return {
      load(props?: string) {
        fake.recordLoad('RangeAreas', props, (list) => {
          if (!list.includes('areas/items/address')) throw new Error(`fake: unsupported RangeAreas load ${list.join(',')}`);
          loaded = resolve();
          return JSON.stringify(loaded ?? null).length;
        });
      },
      get isNullObject() {
        if (loaded === undefined) fake.notLoaded('isNullObject');
        return loaded === null;
      },
      get areas() {
        if (loaded === undefined) fake.notLoaded('rangeAreas.areas');
        if (loaded === null) throw new Error('InvalidObjectPath: null range areas');
        return { items: (loaded as string[]).map((address) => ({ address })) };
      },
    };
  }

  // ---- Settings ---------------------------------------------------------------------

  private settingCollection() {
    const fake = this;
    return {
      getItemOrNullObject(key: string) {
        let loaded = false;
        return {
          load(props?: string) {
            fake.recordLoad('Setting', props, () => {
              loaded = true;
              return JSON.stringify(fake.settings.get(key) ?? null).length;
            });
          },
          get isNullObject() {
            if (!loaded) fake.notLoaded('isNullObject');
            return !fake.settings.has(key);
          },
          get value() {
            if (!loaded) fake.notLoaded('setting.value');
            return fake.settings.get(key);
          },
        };
      },
      add(key: string, value: unknown) {
        fake.onSync(() => fake.settings.set(key, value));
      },
    };
  }
}

/** Column letters, re-exported for tests that build addresses. */
export { columnLetters };
