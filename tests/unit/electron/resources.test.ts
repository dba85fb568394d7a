import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const resources = path.resolve(__dirname, '../../../resources');
const file = (rel: string) => readFileSync(path.join(resources, rel));

/** Width, height and colour type from a PNG's IHDR, after checking the signature. */
function pngInfo(data: Buffer) {
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colorType: data[25] };
}

/** Pixels of an 8-bit RGBA PNG without interlacing and with filter-0 rows (what the generator writes). */
function pngPixels(data: Buffer) {
  const { width, height } = pngInfo(data);
  const idat: Buffer[] = [];
  for (let o = 8; o < data.length;) {
    const len = data.readUInt32BE(o);
    if (data.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(data.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = (x: number, y: number) => [
    ...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4),
  ];
  return { width, height, rgba };
}

describe('resources', () => {
  it.each([16, 24, 32, 48, 64, 128, 256, 512, 1024])('app icon %ipx is a square RGBA PNG', (size) => {
    expect(pngInfo(file(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size, colorType: 6 });
  });

  it('tray icons come at 1x and 2x, including macOS template images', () => {
    for (const name of ['tray', 'tray-unread', 'trayTemplate']) {
      expect(pngInfo(file(`tray/${name}.png`))).toMatchObject({ width: 16, height: 16 });
      expect(pngInfo(file(`tray/${name}@2x.png`))).toMatchObject({ width: 32, height: 32 });
    }
  });

  it('template images are black glyphs on transparency (macOS tints them)', () => {
    const { width, height, rgba } = pngPixels(file('tray/trayTemplate@2x.png'));
    const pixels = Array.from({ length: width * height }, (_, i) => rgba(i % width, Math.floor(i / width)));
    const visible = pixels.filter(([, , , a]) => a! > 0);
    expect(visible.length).toBeGreaterThan(50);
    expect(visible.every(([r, g, b]) => r === 0 && g === 0 && b === 0)).toBe(true);
    expect(rgba(0, 0)[3]).toBe(0);
  });

  it('taskbar overlays exist for 1–9 and 9+', () => {
    for (const n of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '9plus']) {
      expect(pngInfo(file(`overlay/overlay-${n}.png`))).toMatchObject({ width: 16, height: 16 });
      expect(pngInfo(file(`overlay/overlay-${n}@2x.png`))).toMatchObject({ width: 32, height: 32 });
    }
  });

  it('icon.ico holds PNG images up to 256px', () => {
    const ico = file('icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const offset = ico.readUInt32LE(6 + 16 * (count - 1) + 12);
    expect(pngInfo(ico.subarray(offset)).width).toBe(256);
  });

  it('icon.icns is well formed and includes the 1024px image', () => {
    const icns = file('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let o = 8; o < icns.length; o += icns.readUInt32BE(o + 4)) types.push(icns.toString('ascii', o, o + 4));
    expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic10', 'ic14']));
  });

  it('the SVG source is there', () => {
    expect(file('icon.svg').toString()).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
  });
});
