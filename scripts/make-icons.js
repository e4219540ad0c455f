// Writes the add-in's icons (assets/icon-*.png): a dark teal tile with a white "A"-shaped mark.
// Pure Node (zlib), so the icons can be remade anywhere: node scripts/make-icons.js
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const teal = [0x00, 0x5a, 0x70, 0xff];
  const white = [0xff, 0xff, 0xff, 0xff];
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      // An "A": two legs meeting at the top, and a bar, drawn in unit coordinates.
      const u = x / size;
      const v = y / size;
      const inMargin = v > 0.18 && v < 0.84;
      const left = Math.abs(u - (0.5 - (v - 0.18) * 0.45)) < 0.07;
      const right = Math.abs(u - (0.5 + (v - 0.18) * 0.45)) < 0.07;
      const bar = Math.abs(v - 0.6) < 0.05 && Math.abs(u - 0.5) < 0.2;
      row.push(...(inMargin && (left || right || bar) ? white : teal));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
}
