// Generates every icon in resources/ from one geometric description, with Node only (zlib): the SVG
// source, app icon PNGs (16–1024), .ico, .icns, tray icons (incl. macOS template images) and the
// Windows taskbar overlay badges. The output is committed; run `node resources/generate-icons.mjs`
// after changing the design. Deterministic: the same input always gives the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const out = path.dirname(new URL(import.meta.url).pathname);

// ---- the design, in a 1024×1024 space -------------------------------------------------------------
const BLUE_TOP = [59, 130, 246];
const BLUE_BOTTOM = [29, 78, 216];
const INK = [29, 78, 216];
const WHITE = [255, 255, 255];
const RED = [220, 38, 38];

const background = { type: 'rrect', x: 64, y: 64, w: 896, h: 896, r: 200 };
const bubble = [
  { type: 'rrect', x: 232, y: 272, w: 560, h: 400, r: 96 },
  { type: 'tri', p: [312, 600, 312, 800, 500, 660] },
];
const lines = [
  { type: 'capsule', x1: 344, y1: 412, x2: 680, y2: 412, w: 60 },
  { type: 'capsule', x1: 344, y1: 532, x2: 560, y2: 532, w: 60 },
];
const unreadDot = { type: 'circle', cx: 840, cy: 184, r: 170 };

/** Layers paint in order; a layer's colour replaces what is under it (null = transparent). */
const appIcon = [
  { shapes: [background], color: (x, y) => mix(BLUE_TOP, BLUE_BOTTOM, (y - 64) / 896) },
  { shapes: bubble, color: () => WHITE },
  { shapes: lines, color: () => INK },
];
const trayIcon = appIcon;
const trayUnread = [...appIcon, { shapes: [unreadDot], color: () => RED }];
// macOS template images: black glyph on transparent; the system tints it for light and dark bars.
const trayTemplate = [
  { shapes: bubble, color: () => [0, 0, 0] },
  { shapes: lines, color: () => null },
];

// ---- geometry -------------------------------------------------------------------------------------
function mix(a, b, t) {
  const k = Math.min(1, Math.max(0, t));
  return a.map((v, i) => Math.round(v + (b[i] - v) * k));
}

function inside(s, x, y) {
  switch (s.type) {
    case 'rrect': {
      const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
      const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
      return x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h && (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
    }
    case 'circle':
      return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    case 'rect':
      return x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h;
    case 'capsule': {
      const dx = s.x2 - s.x1;
      const dy = s.y2 - s.y1;
      const t = Math.min(1, Math.max(0, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
      return (x - s.x1 - t * dx) ** 2 + (y - s.y1 - t * dy) ** 2 <= (s.w / 2) ** 2;
    }
    case 'tri': {
      const [ax, ay, bx, by, cx, cy] = s.p;
      const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
      const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
      const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
      return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
    }
    default:
      throw new Error(`unknown shape ${s.type}`);
  }
}

/** Supersampled rasterisation of layers defined in a `space`×`space` design onto size×size pixels. */
function rasterize(layers, size, space = 1024) {
  const n = size <= 64 ? 8 : size <= 256 ? 4 : 2;
  const rgba = Buffer.alloc(size * size * 4);
  const scale = space / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          let color = null;
          for (const layer of layers) if (layer.shapes.some((s) => inside(s, x, y))) color = layer.color(x, y);
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Average of opaque samples = straight (non-premultiplied) colour; coverage = alpha.
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return rgba;
}

// ---- file formats ---------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
/** .ico with PNG-compressed entries (Windows Vista+). */
function ico(entries) {
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4); // planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...entries.map((e) => e.data)]);
}
/** .icns with PNG entries (macOS 10.7+). */
function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

function svg() {
  const [x, y, w, h] = [background.x, background.y, background.w, background.h];
  const rgb = (c) => `rgb(${c.join(',')})`;
  const [rr, tri] = bubble;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">
  <title>Workorder Desk</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="${y}" x2="0" y2="${y + h}" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="${rgb(BLUE_TOP)}"/>
      <stop offset="1" stop-color="${rgb(BLUE_BOTTOM)}"/>
    </linearGradient>
  </defs>
  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${background.r}" fill="url(#bg)"/>
  <g fill="${rgb(WHITE)}">
    <rect x="${rr.x}" y="${rr.y}" width="${rr.w}" height="${rr.h}" rx="${rr.r}"/>
    <polygon points="${tri.p.join(' ')}"/>
  </g>
  <g stroke="${rgb(INK)}" stroke-linecap="round">
${lines.map((l) => `    <line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke-width="${l.w}"/>`).join('\n')}
  </g>
</svg>
`;
}

// 3×5 digit font for the overlay badges.
const GLYPHS = {
  1: ['010', '110', '010', '010', '111'],
  2: ['111', '001', '111', '100', '111'],
  3: ['111', '001', '111', '001', '111'],
  4: ['101', '101', '111', '001', '001'],
  5: ['111', '100', '111', '001', '111'],
  6: ['111', '100', '111', '101', '111'],
  7: ['111', '001', '010', '010', '010'],
  8: ['111', '101', '111', '101', '111'],
  9: ['111', '101', '111', '001', '111'],
  '+': ['000', '010', '111', '010', '000'],
};
function badge(text) {
  const cell = text.length === 1 ? 6 : 4.5;
  const width = (text.length * 4 - 1) * cell;
  const left = (64 - width) / 2;
  const top = (64 - 5 * cell) / 2;
  const rects = [];
  [...text].forEach((ch, i) =>
    GLYPHS[ch].forEach((row, ry) =>
      [...row].forEach((on, rx) => {
        if (on === '1')
          rects.push({ type: 'rect', x: left + (i * 4 + rx) * cell, y: top + ry * cell, w: cell, h: cell });
      }),
    ),
  );
  return [
    { shapes: [{ type: 'circle', cx: 32, cy: 32, r: 32 }], color: () => RED },
    { shapes: rects, color: () => WHITE },
  ];
}

// ---- write everything -----------------------------------------------------------------------------
const write = (rel, data) => {
  const file = path.join(out, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
};

write('icon.svg', svg());
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pngs = new Map(sizes.map((s) => [s, png(rasterize(appIcon, s), s)]));
for (const [size, data] of pngs) write(`icons/${size}x${size}.png`, data);
write('icon.png', pngs.get(1024));
write('icon.ico', ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: pngs.get(size) }))));
write(
  'icon.icns',
  icns([
    { type: 'icp4', data: pngs.get(16) },
    { type: 'icp5', data: pngs.get(32) },
    { type: 'icp6', data: pngs.get(64) },
    { type: 'ic07', data: pngs.get(128) },
    { type: 'ic08', data: pngs.get(256) },
    { type: 'ic09', data: pngs.get(512) },
    { type: 'ic10', data: pngs.get(1024) },
    { type: 'ic11', data: pngs.get(32) },
    { type: 'ic12', data: pngs.get(64) },
    { type: 'ic13', data: pngs.get(256) },
    { type: 'ic14', data: pngs.get(512) },
  ]),
);
for (const [name, layers] of [
  ['tray', trayIcon],
  ['tray-unread', trayUnread],
  ['trayTemplate', trayTemplate],
]) {
  write(`tray/${name}.png`, png(rasterize(layers, 16), 16));
  write(`tray/${name}@2x.png`, png(rasterize(layers, 32), 32));
}
for (const text of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '9+']) {
  const name = text === '9+' ? 'overlay-9plus' : `overlay-${text}`;
  write(`overlay/${name}.png`, png(rasterize(badge(text), 16, 64), 16));
  write(`overlay/${name}@2x.png`, png(rasterize(badge(text), 32, 64), 32));
}
console.log('icons written to', out);
