import { parseArgs } from 'node:util';
import type { CredentialsChoice } from './credential-choice';

export interface PreviewCliArgs {
  port: number;
  dataDir?: string;
  endpoint?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  credentials: CredentialsChoice;
  autoReplySeconds: number;
  rendererDir?: string;
}

export const USAGE =
  'usage: preview:web [--port N] [--data-dir DIR] [--endpoint URL [--access-key-id ID --access-key-secret S]] ' +
  '[--credentials memory|keychain] [--auto-reply SECONDS] [--renderer-dir DIR]';

/** Parses the preview:web flags (architecture §4); throws an Error whose message is for the user. */
export function parsePreviewArgs(argv: string[]): PreviewCliArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      endpoint: { type: 'string' },
      'access-key-id': { type: 'string' },
      'access-key-secret': { type: 'string' },
      credentials: { type: 'string' },
      'auto-reply': { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
  const port = wholeNumber(values.port ?? '0', '--port');
  if (port > 65535) throw new Error('--port must be between 0 and 65535');
  const credentials = values.credentials ?? 'memory';
  if (credentials !== 'memory' && credentials !== 'keychain') {
    throw new Error('--credentials must be "memory" or "keychain"');
  }
  const hasId = values['access-key-id'] !== undefined;
  const hasSecret = values['access-key-secret'] !== undefined;
  if (hasId !== hasSecret) throw new Error('--access-key-id and --access-key-secret go together');
  if (hasId && values.endpoint === undefined) throw new Error('--access-key-id needs --endpoint');
  return {
    port,
    ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
    ...(values.endpoint !== undefined ? { endpoint: values.endpoint } : {}),
    ...(hasId ? { accessKeyId: values['access-key-id'], accessKeySecret: values['access-key-secret'] } : {}),
    credentials,
    autoReplySeconds: wholeNumber(values['auto-reply'] ?? '30', '--auto-reply'),
    ...(values['renderer-dir'] !== undefined ? { rendererDir: values['renderer-dir'] } : {}),
  };
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${flag} must be a whole number, got "${text}"`);
  return Number(text);
}
