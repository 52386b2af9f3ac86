/**
 * Node-only: opens a file the user named for reading, safely. Only a regular file is
 * read (not /dev/zero, a FIFO, a socket or a folder), its size is checked before reading,
 * and no more than that size is read even if the file grows meanwhile. Errors keep their
 * node `code` (ENOENT, EISDIR...) or get one of ours: 'ENOTREG', 'EFBIG'.
 */

import * as fs from 'fs';

/** The largest workbook file read: 256 MB (README, "Limits"). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export class FileRefusal extends Error {
  constructor(readonly code: 'ENOTREG' | 'EFBIG', readonly size: number, readonly limit: number) {
    super(code === 'EFBIG' ? `file of ${size} bytes is over the limit of ${limit} bytes` : 'not a regular file');
    this.name = 'FileRefusal';
  }
}

export async function readRegularFile(file: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  // O_NONBLOCK: opening a FIFO without a writer must not hang before fstat says what it is.
  const flags = fs.constants.O_RDONLY | (process.platform === 'win32' ? 0 : fs.constants.O_NONBLOCK);
  const fh = await fs.promises.open(file, flags);
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw new FileRefusal('ENOTREG', 0, maxBytes);
    if (st.size > maxBytes) throw new FileRefusal('EFBIG', st.size, maxBytes);
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const { bytesRead } = await fh.read(buf, off, st.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    await fh.close();
  }
}
