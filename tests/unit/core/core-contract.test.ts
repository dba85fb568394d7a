import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/core';
import { createSessionOnlyStore } from '../../../src/main/core/credentials/session-only-store';
import { CHANNELS } from '../../../src/shared/ipc';
import { makeTempDir } from '../../helpers/temp-dir';

describe('core request validation', () => {
  let core: Core;
  let temp: ReturnType<typeof makeTempDir>;

  beforeEach(async () => {
    temp = makeTempDir();
    core = await createCore({ dataDir: temp.dir, credentials: createSessionOnlyStore(), appVersion: '1.2.3' });
  });
  afterEach(async () => {
    await core.close();
    temp.cleanup();
  });

  it('rejects a malformed tickets.list request with invalid-request naming the field', async () => {
    const result = await core.handle('tickets.list', { limit: 'fifty' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.field).toBe('limit');
    expect(result.error.retryable).toBe(false);
  });

  it('names nested and out-of-range fields', async () => {
    const tooMany = await core.handle('tickets.list', { limit: 5000 });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'limit' } });
    const badGroup = await core.handle('tickets.list', { groups: ['open', 'archived'] });
    expect(badGroup).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'groups.1' } });
    const reversed = await core.handle('tickets.list', { createdFrom: 2000, createdTo: 1000 });
    expect(reversed).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'createdFrom' } });
  });

  it('names an unexpected field instead of silently ignoring it', async () => {
    const result = await core.handle('tickets.list', { limit: 10, colour: 'red' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'colour' } });
    if (!result.ok) expect(result.error.message).toContain('colour');
  });

  it('accepts a valid tickets.list request (validation passes, reaching the handler)', async () => {
    const result = await core.handle('tickets.list', { groups: ['open'], query: '网络', limit: 20, offset: 0 });
    // Validation passed: the only possible failures now come from the handler, never invalid-request.
    if (!result.ok) expect(result.error.code).not.toBe('invalid-request');
  });

  it('refuses unknown channels and non-object payloads', async () => {
    expect(await core.handle('tickets.destroyAll', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await core.handle('tickets.get', 'AB12345')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('never puts a stack trace in an error envelope', async () => {
    const inputs: [string, unknown][] = [
      ['tickets.list', { limit: -1 }],
      ['tickets.get', { id: '../../etc/passwd' }],
      ['accounts.add', { name: '', accessKeyId: 'x', accessKeySecret: 'y', endpoint: 'ftp://nope' }],
      ['settings.set', { pollIntervalSec: 1 }],
      ['nope', null],
    ];
    for (const [channel, request] of inputs) {
      const result = await core.handle(channel, request);
      expect(result.ok).toBe(false);
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node:internal|\.ts:\d+/);
      expect(Object.keys(result.ok ? {} : result.error).sort()).toEqual(
        expect.arrayContaining(['code', 'message', 'retryable']),
      );
    }
  });

  it('answers app.info through the contract', async () => {
    const result = await core.handle('app.info', undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { version: '1.2.3', credentialBackend: 'session-only', demo: false, activeAccountId: null },
    });
    if (result.ok) expect(result.value.warnings.map((w) => w.code)).toContain('credentials-session-only');
  });

  it('persists settings and validates them', async () => {
    const set = await core.handle('settings.set', { pollIntervalSec: 120, language: 'ja' });
    expect(set).toMatchObject({ ok: true, value: { pollIntervalSec: 120, language: 'ja', theme: 'system' } });
    await core.close();
    core = await createCore({ dataDir: temp.dir, credentials: createSessionOnlyStore() });
    expect(await core.handle('settings.get', {})).toMatchObject({
      ok: true,
      value: { pollIntervalSec: 120, language: 'ja' },
    });
  });

  it('has a schema for every channel in the contract', () => {
    expect(CHANNELS).toEqual(
      expect.arrayContaining([
        'app.info',
        'accounts.add',
        'tickets.list',
        'tickets.create',
        'outbox.list',
        'sync.now',
        'settings.set',
      ]),
    );
  });
});
