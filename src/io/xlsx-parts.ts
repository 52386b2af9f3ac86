/**
 * The small parts of an .xlsx that the values need: relationships, workbook.xml (sheet
 * names, order, 1904 date system), styles.xml (only numFmts and cellXfs, to know which
 * numbers are dates) and sharedStrings.xml. Each is read with the streaming scanner;
 * nothing else of the formatting is built. Pure: node and browser.
 */

import { attr, attrAnyPrefix, decodeEntities, decodeXstring, flat, XmlScanner, type XmlHandler } from './xml-scan';

/** Feeds text chunks of a part to a handler. */
export type PartReader = (handler: XmlHandler) => void;

export interface Relationship {
  id: string;
  /** The type's last path segment: "worksheet", "sharedStrings", "officeDocument"... */
  type: string;
  /** Resolved part name (no leading slash), or null for an external target. */
  target: string | null;
}

/** Resolves a relationship target against the folder of its source part (absolute targets as they are). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    /* keep as written */
  }
  t = t.replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export function readRelationships(read: PartReader, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  read({
    wantText: false,
    open(name, a) {
      if (name !== 'Relationship') return;
      const id = attr(a, 'Id') ?? '';
      const type = (attr(a, 'Type') ?? '').replace(/\/+$/, '');
      const target = attr(a, 'Target');
      const external = (attr(a, 'TargetMode') ?? '').toLowerCase() === 'external';
      out.push({
        id,
        type: type.slice(type.lastIndexOf('/') + 1),
        target: external || target === null ? null : resolveTarget(sourcePart, target),
      });
    },
    close() {},
    text() {},
  });
  return out;
}

export interface WorkbookInfo {
  sheets: { name: string; rid: string }[];
  date1904: boolean;
}

export function readWorkbookXml(read: PartReader): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  read({
    wantText: false,
    open(name, a) {
      if (name === 'sheet') {
        info.sheets.push({ name: attr(a, 'name') ?? '', rid: attrAnyPrefix(a, 'id') ?? attr(a, 'id') ?? '' });
      } else if (name === 'workbookPr') {
        const v = (attr(a, 'date1904') ?? '').toLowerCase();
        info.date1904 = v === '1' || v === 'true';
      }
    },
    close() {},
    text() {},
  });
  return info;
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * True when a number format shows a date or time. Only its first section counts; quoted
 * text ("min"), backslash-escaped characters (0\ \m\i\n), [colour]/[$-413] brackets and
 * the _x / *x padding characters are literals and are ignored; elapsed-time brackets
 * ([h], [mm], [ss]) count as time.
 */
export function isDateFormat(code: string): boolean {
  let s = code;
  const semi = firstSection(s);
  s = s.slice(0, semi);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      const e = s.indexOf('"', i + 1);
      i = e < 0 ? s.length : e;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const e = s.indexOf(']', i + 1);
      const inner = s.slice(i + 1, e < 0 ? s.length : e).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) out += 'h';
      i = e < 0 ? s.length : e;
    } else {
      out += ch;
    }
  }
  return /[dmyhs]/i.test(out.replace(/general/gi, ''));
}

/** Index of the first ";" outside quotes and escapes (the end of the first section). */
function firstSection(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      const e = s.indexOf('"', i + 1);
      i = e < 0 ? s.length : e;
    } else if (ch === '\\') i++;
    else if (ch === ';') return i;
  }
  return s.length;
}

/** Per cellXfs index: true when the style's number format shows a date. */
export function readDateStyles(read: PartReader): boolean[] {
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  let inCellXfs = false;
  read({
    wantText: false,
    open(name, a, selfClosing) {
      if (name === 'numFmt') {
        const id = Number(attr(a, 'numFmtId'));
        const code = attr(a, 'formatCode');
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (name === 'cellXfs') {
        inCellXfs = !selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(a, 'numFmtId') ?? '0');
        xfNumFmt.push(Number.isInteger(id) ? id : 0);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return xfNumFmt.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE.has(id);
  });
}

/** The shared strings in order: plain <t>, or the runs of rich text joined; phonetic runs skipped. */
export function readSharedStrings(read: PartReader): string[] {
  const out: string[] = [];
  let cur = '';
  let inSi = false;
  let inRph = false;
  const h: XmlHandler = {
    wantText: false,
    open(name, _a, selfClosing) {
      if (name === 'si') {
        inSi = !selfClosing;
        cur = '';
        if (selfClosing) out.push('');
      } else if (name === 'rPh') inRph = !selfClosing;
      else if (name === 't' && inSi && !inRph && !selfClosing) h.wantText = true;
    },
    close(name) {
      if (name === 't') h.wantText = false;
      else if (name === 'rPh') inRph = false;
      else if (name === 'si' && inSi) {
        inSi = false;
        out.push(flat(decodeXstring(cur)));
      }
    },
    text(raw, cdata) {
      cur += cdata || raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
    },
  };
  read(h);
  return out;
}

/** A PartReader over text chunks from `chunks`. */
export function scanChunks(part: string, feed: (onText: (s: string) => void) => void): PartReader {
  return (handler) => {
    const sc = new XmlScanner(handler, part);
    feed((s) => sc.write(s));
    sc.end();
  };
}
