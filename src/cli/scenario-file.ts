/**
 * Reading a scenario file (cli.md "Scenario file") within limits, before the engine
 * validates its keys:
 *
 * - at most MAX_SCENARIO_BYTES (1 MB; a real scenario is well under 10 kB): a 69 MB file
 *   of unknown keys took 21 s and 4.2 GB before this limit;
 * - at most MAX_TASKS tasks and MAX_KEYS keys in any one object (the catalogue has a
 *   handful of tasks; 1,000 leaves room for any school's own);
 * - a number literal that JSON turns into Infinity or 0 ("1e400", "1e-400") is kept as the
 *   text given, so that the engine's error quotes it ("gegeven: \"1e400\"") instead of
 *   "gegeven: null" or a silent 0.
 *
 * Each failure is one message; the caller exits 2 with it.
 */

import * as fs from 'fs';

export const MAX_SCENARIO_BYTES = 1024 * 1024;
export const MAX_TASKS = 1000;
export const MAX_KEYS = 1000;

type Lang = 'nl' | 'en';

export type ScenarioText = { ok: true; value: unknown } | { ok: false; message: string };

const MSG = {
  nl: {
    tooBig: (size: number) => `is te groot (${mb(size)}; hoogstens ${mb(MAX_SCENARIO_BYTES)})`,
    tooManyTasks: (n: number) => `tasks: ${n} taken; hoogstens ${MAX_TASKS}`,
    tooManyKeys: (at: string, n: number) => `${at || 'het bestand'}: ${n} sleutels; hoogstens ${MAX_KEYS}`,
  },
  en: {
    tooBig: (size: number) => `is too large (${mb(size)}; at most ${mb(MAX_SCENARIO_BYTES)})`,
    tooManyTasks: (n: number) => `tasks: ${n} tasks; at most ${MAX_TASKS}`,
    tooManyKeys: (at: string, n: number) => `${at || 'the file'}: ${n} keys; at most ${MAX_KEYS}`,
  },
};

function mb(bytes: number): string {
  return bytes >= 10 * 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * Reads at most MAX_SCENARIO_BYTES + 1 bytes of a file (a larger file is never read
 * whole). Rejects like fs.promises.readFile (code ENOENT, EISDIR…).
 */
export async function readScenarioBytes(file: string): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR' });
    const want = Math.min(st.size > 0 ? st.size : MAX_SCENARIO_BYTES, MAX_SCENARIO_BYTES) + 1;
    const buf = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await handle.read(buf, got, want - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    // A file that grew while read, or a pipe: report its size as at least what was read.
    return st.size > got ? Object.assign(buf.subarray(0, got), { claimedSize: st.size }) : buf.subarray(0, got);
  } finally {
    await handle.close();
  }
}

/**
 * Number literals outside strings whose value JSON cannot hold (overflow to ±Infinity,
 * or a non-zero literal that underflows to 0) become strings holding the literal.
 */
export function quoteExtremeNumbers(text: string): string {
  let out = '';
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      // Skip a string, with its escapes.
      for (i++; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) i++;
        else if (c === 0x22) break;
      }
      continue;
    }
    if (ch === 0x2d || (ch >= 0x30 && ch <= 0x39)) {
      let j = i + 1;
      while (j < n && /[0-9eE.+-]/.test(text[j])) j++;
      const lit = text.slice(i, j);
      const v = Number(lit);
      if (!Number.isFinite(v) && !Number.isNaN(v)) {
        out += text.slice(last, i) + JSON.stringify(lit);
        last = j;
      } else if (v === 0 && /[1-9]/.test(lit.split(/[eE]/)[0])) {
        out += text.slice(last, i) + JSON.stringify(lit);
        last = j;
      }
      i = j - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The first object (depth-first) with more than MAX_KEYS keys, with its path. */
function tooManyKeys(v: unknown, at: string, depth = 0): { at: string; n: number } | null {
  if (depth > 64 || v === null || typeof v !== 'object') return null;
  if (Array.isArray(v)) {
    if (v.length > MAX_KEYS) return { at, n: v.length };
    for (let i = 0; i < v.length; i++) {
      const r = tooManyKeys(v[i], `${at}[${i}]`, depth + 1);
      if (r) return r;
    }
    return null;
  }
  const keys = Object.keys(v);
  if (keys.length > MAX_KEYS) return { at, n: keys.length };
  for (const k of keys) {
    const r = tooManyKeys((v as Record<string, unknown>)[k], at ? `${at}.${k}` : k, depth + 1);
    if (r) return r;
  }
  return null;
}

/**
 * The scenario file's bytes as a JSON value within the limits above. `notJson` is
 * called with JSON.parse's message when the text is not JSON.
 */
export function parseScenarioBytes(bytes: Uint8Array, lang: Lang): ScenarioText | { ok: false; notJson: string } {
  const m = MSG[lang];
  const size = Math.max(bytes.length, (bytes as { claimedSize?: number }).claimedSize ?? 0);
  if (size > MAX_SCENARIO_BYTES) return { ok: false, message: m.tooBig(size) };
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // BOM from Windows editors
  let value: unknown;
  try {
    value = JSON.parse(quoteExtremeNumbers(text));
  } catch (e) {
    return { ok: false, notJson: e instanceof Error ? e.message : String(e) };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tasks = (value as { tasks?: unknown }).tasks;
    if (Array.isArray(tasks) && tasks.length > MAX_TASKS) return { ok: false, message: m.tooManyTasks(tasks.length) };
  }
  const many = tooManyKeys(value, '');
  if (many) return { ok: false, message: m.tooManyKeys(many.at, many.n) };
  return { ok: true, value };
}
