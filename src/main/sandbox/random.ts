import { randomInt } from 'node:crypto';
import type { RandomSource } from './types.js';

/**
 * mulberry32: a tiny, fast, seedable PRNG. Seeds (demo, load) and fault tests need reproducible
 * sequences; Math.random cannot be seeded.
 */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function pick(alphabet: string, length: number, random: RandomSource): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** Ticket ids look like the 2020 examples: 7 upper-case alphanumerics (CAB327A, 3EBYRY7). */
export function ticketIdFrom(random: RandomSource): string {
  return pick(UPPER_ALNUM, 7, random);
}

/** Note ids look like the documented example CT24GHXT: 8 upper-case alphanumerics. */
export function noteIdFrom(random: RandomSource): string {
  return pick(UPPER_ALNUM, 8, random);
}

/** Crypto-strength random source for credentials (never the seeded one). */
export const cryptoRandom: RandomSource = () => randomInt(0, 2 ** 47) / 2 ** 47;

/** Generated credentials look like real ones: LTAI + 20 alphanumerics, and a 30-character secret. */
export function generateCredentials(): { accessKeyId: string; accessKeySecret: string } {
  return { accessKeyId: 'LTAI' + pick(ALNUM, 20, cryptoRandom), accessKeySecret: pick(ALNUM, 30, cryptoRandom) };
}
