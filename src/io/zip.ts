/**
 * A bounded zip reader for .xlsx files held in memory: the central directory is parsed,
 * then each part is inflated in chunks on demand, with its declared and its actual
 * unpacked size checked against a limit before and while inflating, and its CRC-32
 * checked at the end. A zip bomb or a damaged entry stops with an XlsxError, never an
 * out-of-memory. Pure (pako for inflate, no node modules): runs in node and the browser.
 */

import { Inflate } from 'pako/lib/inflate';
import { damaged, mb, tooLarge, unsupported } from './xlsx-errors';

export interface ZipEntry {
  /** Part name as stored, without a leading slash. */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** More entries than this is no workbook (Excel writes a few dozen, big ones a few thousand). */
export const MAX_ENTRIES = 100_000;

const CHUNK = 64 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  const v = u32(b, o) + u32(b, o + 4) * 0x100000000;
  if (!Number.isSafeInteger(v)) throw damaged('de zip-inhoudsopgave is ongeldig', 'the zip directory is invalid');
  return v;
}

const BAD_DIR = (): Error => damaged('de zip-inhoudsopgave is ongeldig of afgebroken', 'the zip directory is invalid or cut short');

/** The entries of a zip file, by lower-cased part name (OPC part names ignore case). */
export function readDirectory(data: Uint8Array): Map<string, ZipEntry> {
  // End of central directory: the last signature within the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 5 && data[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw BAD_DIR();
  let count = u16(data, eocd + 10);
  let dirSize = u32(data, eocd + 12);
  let dirOffset = u32(data, eocd + 16);
  // Zip64: the locator sits just before the end record.
  const loc = eocd - 20;
  if (loc >= 0 && u32(data, loc) === 0x07064b50) {
    const z = u64(data, loc + 8);
    if (z + 56 > data.length || u32(data, z) !== 0x06064b50) throw BAD_DIR();
    count = u64(data, z + 32);
    dirSize = u64(data, z + 40);
    dirOffset = u64(data, z + 48);
  }
  if (count > MAX_ENTRIES) {
    throw tooLarge(`het zip-bestand heeft ${count} delen (grens ${MAX_ENTRIES})`, `the zip holds ${count} parts (limit ${MAX_ENTRIES})`);
  }
  if (dirOffset + dirSize > data.length) throw BAD_DIR();

  const entries = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder('utf-8');
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw BAD_DIR();
    const flags = u16(data, p + 8);
    const method = u16(data, p + 10);
    const crc = u32(data, p + 16);
    let compressedSize = u32(data, p + 20);
    let size = u32(data, p + 24);
    const nameLen = u16(data, p + 28);
    const extraLen = u16(data, p + 30);
    const commentLen = u16(data, p + 32);
    let localOffset = u32(data, p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > data.length) throw BAD_DIR();
    const nameBytes = data.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800) ? utf8.decode(nameBytes) : String.fromCharCode(...nameBytes);
    // Zip64 extra field: the 32-bit values that are 0xFFFFFFFF follow in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(data, e);
      const len = u16(data, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) (size = u64(data, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) (compressedSize = u64(data, q)), (q += 8);
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(data, q);
      }
      e += 4 + len;
    }
    const key = name.replace(/^\/+/, '').toLowerCase();
    if (entries.has(key)) {
      throw damaged(`het deel ${name} staat twee keer in het zip-bestand`, `the part ${name} occurs twice in the zip`);
    }
    entries.set(key, { name: name.replace(/^\/+/, ''), method, flags, crc, compressedSize, size, localOffset });
    p = end;
  }
  return entries;
}

// CRC-32 (IEEE), slicing by 4.
const CRC_TABLES: Uint32Array[] = (() => {
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  const tables = [t0];
  for (let t = 1; t < 4; t++) {
    const prev = tables[t - 1];
    const cur = new Uint32Array(256);
    for (let n = 0; n < 256; n++) cur[n] = (prev[n] >>> 8) ^ t0[prev[n] & 0xff];
    tables.push(cur);
  }
  return tables;
})();

/** Continues a CRC-32 (start with 0) over `b`. */
export function crc32(crc: number, b: Uint8Array): number {
  const [t0, t1, t2, t3] = CRC_TABLES;
  let c = ~crc >>> 0;
  let i = 0;
  const n4 = b.length - 3;
  for (; i < n4; i += 4) {
    c ^= b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < b.length; i++) c = t0[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Inflates one entry, giving its bytes to `onChunk` in pieces of about 64 KB. Refuses an
 * entry whose declared size exceeds `limit`, whose actual size exceeds the declared one,
 * or whose CRC-32 differs; `onChunk` may throw to stop early.
 */
export function inflateEntry(
  data: Uint8Array, entry: ZipEntry, limit: number, onChunk: (b: Uint8Array) => void,
): void {
  const name = entry.name;
  if (entry.flags & 1) {
    throw unsupported(`het deel ${name} is versleuteld; sla de werkmap op zonder wachtwoord`, `the part ${name} is encrypted; save the workbook without a password`);
  }
  if (entry.size > limit) {
    throw tooLarge(`het deel ${name} is uitgepakt ${mb(entry.size)} (grens ${mb(limit)})`, `the part ${name} unpacks to ${mb(entry.size)} (limit ${mb(limit)})`);
  }
  const lo = entry.localOffset;
  if (lo + 30 > data.length || u32(data, lo) !== 0x04034b50) {
    throw damaged(`het deel ${name} ontbreekt op de plek die de zip-inhoudsopgave noemt`, `the part ${name} is missing where the zip directory points`);
  }
  const start = lo + 30 + u16(data, lo + 26) + u16(data, lo + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) {
    throw damaged(`het deel ${name} is afgebroken`, `the part ${name} is cut short`);
  }
  const tooBig = (): Error =>
    damaged(`het deel ${name} pakt uit tot meer dan de opgegeven ${entry.size} bytes`, `the part ${name} unpacks to more than its declared ${entry.size} bytes`);
  let total = 0;
  let crc = 0;
  const take = (b: Uint8Array): void => {
    total += b.length;
    if (total > entry.size) throw tooBig();
    crc = crc32(crc, b);
    onChunk(b);
  };
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw tooBig();
    for (let p = start; p < end; p += CHUNK) take(data.subarray(p, Math.min(end, p + CHUNK)));
  } else if (entry.method === 8) {
    const inf = new Inflate({ raw: true, chunkSize: CHUNK });
    inf.onData = (chunk: Uint8Array) => take(chunk);
    let ended = false;
    inf.onEnd = (status: number) => {
      ended = true;
      if (status !== 0) throw damaged(`het deel ${name} kan niet worden uitgepakt`, `the part ${name} cannot be unpacked`);
    };
    // Small input slices bound the output of one push (deflate expands at most ~1032×).
    for (let p = start; p < end && !ended; p += 16 * 1024) {
      const last = p + 16 * 1024 >= end;
      inf.push(data.subarray(p, Math.min(end, p + 16 * 1024)), last);
    }
    if (!ended || inf.err) throw damaged(`het deel ${name} is afgebroken`, `the part ${name} is cut short`);
  } else {
    throw unsupported(`het deel ${name} gebruikt een onbekende compressie (${entry.method})`, `the part ${name} uses an unknown compression (${entry.method})`);
  }
  if (total !== entry.size) {
    throw damaged(`het deel ${name} is korter dan opgegeven`, `the part ${name} is shorter than declared`);
  }
  if (crc !== entry.crc) {
    throw damaged(`de controlesom (CRC) van het deel ${name} klopt niet`, `the checksum (CRC) of the part ${name} does not match`);
  }
}

/** Text of a small entry (UTF-8). */
export function entryText(data: Uint8Array, entry: ZipEntry, limit: number): string {
  const dec = new TextDecoder('utf-8');
  const parts: string[] = [];
  inflateEntry(data, entry, limit, (b) => parts.push(dec.decode(b, { stream: true })));
  parts.push(dec.decode());
  return parts.join('');
}
