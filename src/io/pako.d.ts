/** The part of pako 1.0 (a direct dependency) that src/io/zip.ts uses: streaming raw inflate (the inflate half only, so bundles leave deflate out). */
declare module 'pako/lib/inflate' {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    push(data: Uint8Array, mode?: boolean | number): boolean;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    err: number;
    msg: string;
  }
}
