import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Small JSON documents (settings, account list) are replaced atomically: write a temp file, fsync,
 * rename. A crash leaves either the old or the new file, never a torn one.
 */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(value, null, 2));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}

/** Reads a JSON document; a missing file yields `fallback`, a corrupt one is reported, not hidden. */
export async function readJson<T>(file: string, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${path.basename(file)} is not valid JSON; fix or delete ${file}`);
  }
}
