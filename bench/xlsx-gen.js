/**
 * Writes large .xlsx files fast, for the bench (exceljs's writer takes minutes for a
 * million rows): the parts are written directly, sheets streamed through zlib. Values are
 * numbers and inline strings; one style (General). The file is a valid workbook that
 * Excel and LibreOffice open.
 */
'use strict';

const fs = require('fs');
const zlib = require('zlib');

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(crc, b) {
  let c = ~crc >>> 0;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function colName(c) {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The XML of one row (1-based r) of values (numbers, strings, null); strings shared when `shared` (a Map) is given. */
function rowXml(r, values, shared) {
  let x = `<row r="${r}">`;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined) continue;
    const ref = colName(c) + r;
    if (typeof v === 'number') x += `<c r="${ref}"><v>${v}</v></c>`;
    else if (shared) {
      let i = shared.get(v);
      if (i === undefined) shared.set(v, (i = shared.size));
      x += `<c r="${ref}" t="s"><v>${i}</v></c>`;
    } else x += `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  }
  return x + '</row>';
}

/**
 * Writes `file` with sheets [{ name, rows: () => Iterable<values[]> }]; strings go to
 * sharedStrings.xml (as Excel writes them) unless `{ sharedStrings: false }`. Returns the bytes written.
 */
async function writeXlsx(file, sheets, { sharedStrings = true } = {}) {
  const shared = sharedStrings ? new Map() : null;
  const fd = fs.openSync(file, 'w');
  let offset = 0;
  const central = [];
  const write = (b) => {
    fs.writeSync(fd, b);
    offset += b.length;
  };
  async function entry(name, chunks) {
    const nameBuf = Buffer.from(name, 'utf8');
    const start = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 name
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(nameBuf.length, 26);
    write(local);
    write(nameBuf);
    const deflate = zlib.createDeflateRaw({ level: 6 });
    let crc = 0;
    let size = 0;
    let csize = 0;
    const done = new Promise((resolve, reject) => {
      deflate.on('data', (b) => {
        csize += b.length;
        write(b);
      });
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    let pending = [];
    let pendingLen = 0;
    const flush = async () => {
      if (pendingLen === 0) return;
      const b = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLen = 0;
      crc = crc32(crc, b);
      size += b.length;
      if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
    };
    for (const s of chunks) {
      pending.push(s);
      pendingLen += s.length;
      if (pendingLen > 1 << 20) await flush();
    }
    await flush();
    deflate.end();
    await done;
    const dd = Buffer.alloc(16);
    dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(crc, 4);
    dd.writeUInt32LE(csize, 8);
    dd.writeUInt32LE(size, 12);
    write(dd);
    central.push({ nameBuf, crc, csize, size, start });
  }

  await entry('[Content_Types].xml', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      (shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
      '</Types>',
  ]);
  await entry('_rels/.rels', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ]);
  await entry('xl/workbook.xml', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  ]);
  await entry('xl/_rels/workbook.xml.rels', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      (shared ? '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
      '</Relationships>',
  ]);
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    function* xml() {
      yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
      let r = 0;
      for (const values of s.rows()) yield rowXml(++r, values, shared);
      yield '</sheetData></worksheet>';
    }
    await entry(`xl/worksheets/sheet${i + 1}.xml`, xml());
  }
  if (shared) {
    await entry('xl/sharedStrings.xml', (function* sst() {
      yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${shared.size}">`;
      for (const t of shared.keys()) yield `<si><t xml:space="preserve">${esc(t)}</t></si>`;
      yield '</sst>';
    })());
  }
  const cdStart = offset;
  for (const e of central) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0808, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt32LE(e.crc, 16);
    h.writeUInt32LE(e.csize, 20);
    h.writeUInt32LE(e.size, 24);
    h.writeUInt16LE(e.nameBuf.length, 28);
    h.writeUInt32LE(e.start, 42);
    write(h);
    write(e.nameBuf);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(central.length, 8);
  eocd.writeUInt16LE(central.length, 10);
  eocd.writeUInt32LE(offset - cdStart, 12);
  eocd.writeUInt32LE(cdStart, 16);
  write(eocd);
  fs.closeSync(fd);
  return offset;
}

/** rows × cols numbers under a header row of column names. */
function numberSheet(name, rows, cols) {
  return {
    name,
    *rows() {
      yield Array.from({ length: cols }, (_v, c) => `Kolom ${c + 1}`);
      for (let r = 0; r < rows; r++) {
        const row = new Array(cols);
        for (let c = 0; c < cols; c++) row[c] = ((r * 31 + c * 17) % 1000) / 4;
        yield row;
      }
    },
  };
}

/**
 * A formation workbook as the bench has always used: demand rows (a cohort per
 * subjects.length rows) under two title rows, and a staff sheet.
 */
function formationSheets(rows, { SUBJECTS, LOCATIONS, LEVELS }) {
  const staffRows = Math.min(20000, Math.floor(rows / 25));
  const demandRows = rows - staffRows;
  const roles = ['Docent LB', 'Docent LC', 'Docent LB', 'Onderwijsassistent', 'Docent LD', 'Conciërge', 'Teamleider', 'Docent LB'];
  return [
    {
      name: 'Lesvraag',
      *rows() {
        yield ['Bestuur Voorbeeld, alle scholen'];
        yield ['Schooljaar 2026-2027'];
        yield ['Vestiging', 'Afdeling', 'Niveau', 'Leerjaar', 'Vak', 'Aantal lln.', 'Groepsgrootte', 'Lesuren'];
        for (let i = 0; i < demandRows; i++) {
          const cohort = Math.floor(i / SUBJECTS.length);
          yield [
            LOCATIONS[cohort % LOCATIONS.length] + ' ' + (cohort % 40), cohort % 2 ? 'bovenbouw' : 'onderbouw',
            LEVELS[cohort % LEVELS.length], 1 + (cohort % 6), SUBJECTS[i % SUBJECTS.length],
            20 + ((cohort * 37 + (i % SUBJECTS.length) * 3) % 140), 24 + (cohort % 6), 1 + (i % 4),
          ];
        }
      },
    },
    {
      name: 'Personeel',
      *rows() {
        yield ['Naam', 'Vestiging', 'Functie', 'Schaal', 'Bevoegdheid', 'FTE', 'Loonkosten 2027'];
        for (let i = 0; i < staffRows; i++) {
          const role = roles[i % roles.length];
          yield [`Medewerker ${i}`, LOCATIONS[i % LOCATIONS.length] + ' ' + (i % 40), role, role.startsWith('Docent') ? role.slice(7) : '6',
            role.startsWith('Docent') ? SUBJECTS[i % SUBJECTS.length] : null, [1, 0.8, 0.6, 0.9][i % 4], 50000 + (i % 50) * 1000];
        }
      },
    },
  ];
}

module.exports = { writeXlsx, numberSheet, formationSheets, rowXml, colName };
