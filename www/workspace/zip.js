// A store-only ZIP archive (no compression) of a few text files, written by hand: local headers, the
// data, the central directory and its end record, names in UTF-8 (flag bit 11), CRC-32 of each file.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of some bytes (the checksum ZIP and gzip use). */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive (a Uint8Array) of `files`, `[{ name, text }]`, dated `date`. */
export function zip(files, date = new Date()) {
  const encoder = new TextEncoder();
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const data = encoder.encode(file.text);
    const crc = crc32(data);
    // The fields the local header and the central directory's entry share, from "version needed" to
    // the name's length, after `lead` bytes: 4 (the local header's signature) or 6 (the central
    // entry's signature and "made by"). The local header ends with the extra field's length (0), then
    // the name; the central entry's last 16 bytes are written below.
    const head = (signature, lead) => {
      const b = new DataView(new ArrayBuffer(lead + 26 + name.length));
      b.setUint32(0, signature, true);
      let at = 4;
      if (lead === 6) {
        b.setUint16(at, 20, true); // made by: version 2.0
        at += 2;
      }
      b.setUint16(at, 20, true); // version needed
      b.setUint16(at + 2, 0x0800, true); // UTF-8 names
      b.setUint16(at + 4, 0, true); // stored
      b.setUint16(at + 6, time, true);
      b.setUint16(at + 8, day, true);
      b.setUint32(at + 10, crc, true);
      b.setUint32(at + 14, data.length, true);
      b.setUint32(at + 18, data.length, true);
      b.setUint16(at + 22, name.length, true);
      return b;
    };
    const local = head(0x04034b50, 4);
    new Uint8Array(local.buffer).set(name, 30);
    parts.push(new Uint8Array(local.buffer), data);
    const entry = new DataView(new ArrayBuffer(46 + name.length));
    const c = head(0x02014b50, 6);
    new Uint8Array(entry.buffer).set(new Uint8Array(c.buffer, 0, 30));
    // comment length, disk, internal and external attributes: 0; then the local header's offset
    entry.setUint32(42, offset, true);
    new Uint8Array(entry.buffer).set(name, 46);
    central.push(new Uint8Array(entry.buffer));
    offset += local.byteLength + data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
