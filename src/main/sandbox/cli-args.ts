import { parseFaultSpec } from './faults.js';
import type { SandboxOptions, SeedSpec } from './sandbox.js';

/** A command-line mistake; the CLI prints the message on one line and exits with code 2. */
export class UsageError extends Error {}

export const USAGE =
  'usage: sandbox [--port N] [--host 127.0.0.1] [--access-key-id ID --access-key-secret S] [--data FILE] ' +
  '[--seed demo|empty|load:N] [--faults JSON] [--auto-reply SECONDS]';

const MAX_LOAD = 1_000_000;

/** Parses argv (without node and script) into SandboxOptions; accepts `--flag value` and `--flag=value`. */
export function parseCliArgs(argv: readonly string[]): SandboxOptions {
  const options: SandboxOptions = { seed: 'demo' };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      value = next;
      i++;
    }
    if (seen.has(name)) throw new UsageError(`--${name} given twice`);
    seen.add(name);
    switch (name) {
      case 'port':
        if (!/^\d+$/.test(value) || Number(value) > 65535)
          throw new UsageError(`--port must be 0..65535, got "${value}"`);
        options.port = Number(value);
        break;
      case 'host':
        if (value.trim() === '') throw new UsageError('--host must not be empty');
        options.host = value;
        break;
      case 'access-key-id':
        if (!/^[\w.-]{1,128}$/.test(value))
          throw new UsageError('--access-key-id must be 1-128 letters, digits, _ . -');
        options.accessKeyId = value;
        break;
      case 'access-key-secret':
        if (value === '' || value.length > 256) throw new UsageError('--access-key-secret must be 1-256 characters');
        options.accessKeySecret = value;
        break;
      case 'data':
        if (value.trim() === '') throw new UsageError('--data must name a file');
        options.dataFile = value;
        break;
      case 'seed':
        options.seed = parseSeed(value);
        break;
      case 'faults': {
        let json: unknown;
        try {
          json = JSON.parse(value);
        } catch {
          throw new UsageError('--faults must be a JSON object, e.g. {"errorRate":0.1}');
        }
        const parsed = parseFaultSpec(json);
        if (!parsed.ok) throw new UsageError(`--faults: ${parsed.reason}`);
        options.faults = parsed.spec;
        break;
      }
      case 'auto-reply': {
        const seconds = Number(value);
        if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || seconds > 86_400) {
          throw new UsageError(`--auto-reply must be a number of seconds (0..86400), got "${value}"`);
        }
        options.autoReplySeconds = seconds;
        break;
      }
      default:
        throw new UsageError(`unknown flag --${name}`);
    }
  }
  if ((options.accessKeyId === undefined) !== (options.accessKeySecret === undefined)) {
    throw new UsageError('--access-key-id and --access-key-secret go together');
  }
  return options;
}

function parseSeed(value: string): SeedSpec {
  if (value === 'demo' || value === 'empty') return value;
  const m = /^load:(\d+)$/.exec(value);
  if (m && Number(m[1]) <= MAX_LOAD) return { load: Number(m[1]) };
  throw new UsageError(`--seed must be demo, empty or load:N (N ≤ ${MAX_LOAD}), got "${value}"`);
}
