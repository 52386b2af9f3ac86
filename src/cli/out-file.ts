/**
 * Writing `--out`: into a temporary file beside the target, renamed over it only when
 * complete. A full disk, a crash or Ctrl-C mid-write leaves the old file as it was (and
 * at worst a stray `.<name>.<pid>.tmp` beside it), never a truncated workbook in its place.
 * The temporary file is in the target's folder so that the rename stays on one file
 * system (an atomic replace).
 */

import * as fs from 'fs';
import * as path from 'path';

/** The temporary name beside `target`. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  const base = path.basename(target);
  const rand = Math.floor(Math.random() * 0x100000000).toString(36);
  return path.join(dir, `.${base}.${process.pid}.${rand}.tmp`);
}

/**
 * Runs `write(tmp)` and renames tmp to `target`. On any failure the temporary file is
 * removed and the error passed on; `target` is untouched.
 */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await write(tmp);
    await fs.promises.rename(tmp, target);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

const REASONS: Record<string, { nl: string; en: string }> = {
  ENOENT: { nl: 'de map bestaat niet', en: 'the folder does not exist' },
  ENOTDIR: { nl: 'de map bestaat niet', en: 'the folder does not exist' },
  ENOSPC: { nl: 'de schijf is vol (een bestaand bestand is niet gewijzigd)', en: 'the disk is full (an existing file is unchanged)' },
  EDQUOT: { nl: 'de schijfruimte (quota) is op (een bestaand bestand is niet gewijzigd)', en: 'the disk quota is used up (an existing file is unchanged)' },
  EACCES: { nl: 'geen schrijfrechten', en: 'no permission to write' },
  EPERM: { nl: 'geen schrijfrechten of het bestand is in gebruik', en: 'no permission to write, or the file is in use' },
  EBUSY: { nl: 'het bestand is in gebruik (open in Excel?)', en: 'the file is in use (open in Excel?)' },
  EISDIR: { nl: 'dat is een map', en: 'that is a folder' },
  EROFS: { nl: 'de schijf is alleen-lezen', en: 'the disk is read-only' },
};

/** Why writing --out failed, in words (the temporary name stays out of the message). */
export function writeFailureReason(e: unknown, lang: 'nl' | 'en'): string | null {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
  return REASONS[code]?.[lang] ?? null;
}
