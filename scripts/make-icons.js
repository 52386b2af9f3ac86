#!/usr/bin/env node
/**
 * Writes the add-in's icons: assets/icon-16.png … icon-128.png, a white bar chart on a
 * teal rounded square, anti-aliased by 4×4 supersampling. Pure node (zlib for the PNG
 * IDAT stream, own CRC-32): `node scripts/make-icons.js`. The PNGs are committed; run this
 * again only to change the design.
 */

'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** PNG bytes of an RGBA image (rgba: Uint8Array of w*h*4). */
function encodePng(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * w * 4, w * 4).copy(raw, y * (w * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const BARS = [
  [0.2, 0.34, 0.56],
  [0.43, 0.57, 0.4],
  [0.66, 0.8, 0.22],
];
const BASE = 0.8;

function inBar(x, y) {
  for (const [x0, x1, top] of BARS) if (x >= x0 && x <= x1 && y >= top && y <= BASE) return true;
  return false;
}

function render(size) {
  const rgba = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!inRoundedSquare(x, y, 0.18)) continue;
          if (inBar(x, y)) fg++;
          else bg++;
        }
      }
      const cover = bg + fg;
      const o = (py * size + px) * 4;
      if (cover === 0) continue;
      for (let k = 0; k < 3; k++) rgba[o + k] = Math.round((TEAL[k] * bg + WHITE[k] * fg) / cover);
      rgba[o + 3] = Math.round((255 * cover) / (S * S));
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, render(size));
    console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };
