/**
 * A small streaming XML scanner for the parts of an .xlsx: text in, open/close/text events
 * out, with namespace prefixes stripped from element names ("x:row" → "row"). It reads
 * what Excel, LibreOffice and the libraries write (comments, processing instructions,
 * CDATA, quoted ">" in attributes); a DOCTYPE is refused (no workbook has one, and entity
 * expansion is the classic XML bomb). Nothing is kept but the unread tail of the input,
 * which is bounded. Pure: runs in node and the browser.
 */

import { damaged } from './xlsx-errors';

export interface XmlHandler {
  /** True while the handler wants the text between tags (so other text is never sliced). */
  wantText: boolean;
  /** `attrs` is the raw attribute text after the name (starts with whitespace or is empty). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (entities not decoded) or CDATA content (`cdata` true, to be taken literally). */
  text(raw: string, cdata: boolean): void;
}

/** The longest unbroken piece (one tag or one text run) the scanner holds: 16 M characters. */
export const MAX_PENDING = 16 * 1024 * 1024;

function localName(s: string): string {
  const i = s.indexOf(':');
  return i < 0 ? s : s.slice(i + 1);
}

export class XmlScanner {
  private buf = '';
  /** Open elements; 0 again after the root closes. */
  private depth = 0;
  private sawRoot = false;

  constructor(private readonly h: XmlHandler, private readonly part: string) {}

  write(chunk: string): void {
    this.buf = this.buf.length > 0 ? this.buf + chunk : chunk;
    this.run();
    if (this.buf.length > MAX_PENDING) {
      throw damaged(`het deel ${this.part} bevat een onafgebroken stuk tekst of tag van meer dan 16 M tekens`, `the part ${this.part} holds an unbroken text or tag over 16 M characters`);
    }
  }

  end(): void {
    this.run();
    const rest = this.buf;
    this.buf = '';
    if (rest.indexOf('<') >= 0 || this.depth !== 0 || !this.sawRoot) {
      throw damaged(`het deel ${this.part} is afgebroken (onvolledige XML)`, `the part ${this.part} is cut short (incomplete XML)`);
    }
  }

  private run(): void {
    const s = this.buf;
    const h = this.h;
    const n = s.length;
    let p = 0;
    while (p < n) {
      const lt = s.indexOf('<', p);
      if (lt < 0) break;
      if (lt > p && h.wantText) h.text(s.slice(p, lt), false);
      p = lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 !== c1) break; // NaN: "<" is the last character; wait for more
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e < 0) break;
          p = e + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e < 0) break;
          if (h.wantText) h.text(s.slice(lt + 9, e), true);
          p = e + 3;
        } else {
          if (n - lt < 9) break;
          throw damaged(`het deel ${this.part} bevat een DOCTYPE, wat een werkmap nooit heeft`, `the part ${this.part} holds a DOCTYPE, which no workbook has`);
        }
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = s.indexOf('?>', lt + 2);
        if (e < 0) break;
        p = e + 2;
        continue;
      }
      // Find the closing ">" outside quotes.
      let i = lt + 1;
      let q = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (q !== 0) {
          if (c === q) q = 0;
        } else if (c === 62) break;
        else if (c === 34 || c === 39) q = c;
      }
      if (i >= n) break;
      if (c1 === 47 /* / */) {
        this.depth--;
        h.close(localName(s.slice(lt + 2, i).trim()));
      } else {
        let j = lt + 1;
        for (; j < i; j++) {
          const c = s.charCodeAt(j);
          if (c <= 32 || c === 47) break;
        }
        const selfClosing = s.charCodeAt(i - 1) === 47;
        if (!selfClosing) this.depth++;
        this.sawRoot = true;
        const attrs = j < i ? s.slice(j, selfClosing ? i - 1 : i) : '';
        h.open(localName(s.slice(lt + 1, j)), attrs, selfClosing);
        if (selfClosing) h.close(localName(s.slice(lt + 1, j)));
      }
      p = i + 1;
    }
    this.buf = p === 0 ? s : s.slice(p);
  }
}

/** The value of attribute `name` (unprefixed, or `prefix:name` when `name` has a colon), or null. */
export function attr(a: string, name: string): string | null {
  let i = a.indexOf(name);
  while (i >= 0) {
    const before = i === 0 ? 32 : a.charCodeAt(i - 1);
    let j = i + name.length;
    while (a.charCodeAt(j) <= 32) j++;
    if (before <= 32 && a.charCodeAt(j) === 61 /* = */) {
      j++;
      while (a.charCodeAt(j) <= 32) j++;
      const q = a.charCodeAt(j);
      if (q !== 34 && q !== 39) return null;
      const e = a.indexOf(q === 34 ? '"' : "'", j + 1);
      if (e < 0) return null;
      const v = a.slice(j + 1, e);
      return v.indexOf('&') >= 0 ? decodeEntities(v) : v;
    }
    i = a.indexOf(name, i + 1);
  }
  return null;
}

/** The value of a namespaced attribute `*:local` (any prefix), such as r:id, or null. */
export function attrAnyPrefix(a: string, local: string): string | null {
  const m = new RegExp(`(?:^|\\s)[A-Za-z_][\\w.-]*:${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(a);
  if (!m) return null;
  const v = m[2] ?? m[3] ?? '';
  return v.indexOf('&') >= 0 ? decodeEntities(v) : v;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references; an unknown entity is kept as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (m, e: string) => {
    if (e.charCodeAt(0) === 35) {
      const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e] ?? m;
  });
}

/** Decodes OOXML's _xHHHH_ escapes in strings (Excel writes control characters that way). */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * A copy of `s` that does not keep its source alive: V8 makes a slice of 13 characters or
 * more a view on the whole (64 KB) text chunk it came from, so a kept cell value would pin
 * that chunk. Short strings are copied by V8 anyway.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
