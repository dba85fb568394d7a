import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkorderClient } from '../../../../src/main/core/api/workorder-client';
import { createCore, type Core } from '../../../../src/main/core/core';
import { createSessionOnlyStore } from '../../../../src/main/core/credentials/session-only-store';
import { startSandbox, type Sandbox } from '../../../../src/main/sandbox/sandbox';
import { CHANNELS, EVENT_NAMES, type Channel } from '../../../../src/shared/ipc';
import { makeTempDir } from '../../../helpers/temp-dir';
import { capturingLogger, sandboxDemo } from './fakes';

const PLANTED = 'Zq8-PLANTED-secret-d41d8cd98f';
/** The secret as it could appear if something encoded it on the way out. */
const FORMS = [PLANTED, Buffer.from(PLANTED).toString('base64'), encodeURIComponent(PLANTED), PLANTED.slice(4, 20)];

interface State {
  accountId: string;
  ticketId: string;
  endpoint: string;
  accessKeyId: string;
  deadEndpoint: string;
}

/**
 * Plausible requests for every channel, good and bad, in the order they are sent. Several carry the
 * planted secret (or a wrong one containing it) to prove neither errors nor results echo it back.
 */
const REQUESTS = {
  'app.info': () => [undefined, { extra: PLANTED }],
  'accounts.add': (s) => [
    { name: 'Work', endpoint: s.endpoint, accessKeyId: s.accessKeyId, accessKeySecret: PLANTED },
    { name: 'Wrong', endpoint: s.endpoint, accessKeyId: s.accessKeyId, accessKeySecret: `${PLANTED}-wrong` },
    { name: 'Dead', endpoint: s.deadEndpoint, accessKeyId: 'LTAIdead0000', accessKeySecret: PLANTED },
    { name: 'Bad', endpoint: 'ftp://nope', accessKeyId: s.accessKeyId, accessKeySecret: PLANTED },
    { name: 'Bad', endpoint: s.endpoint, accessKeyId: PLANTED + ' !', accessKeySecret: ` ${PLANTED} ` },
  ],
  'accounts.list': () => [{}],
  'accounts.test': (s) => [
    { id: s.accountId },
    { endpoint: s.endpoint, accessKeyId: s.accessKeyId, accessKeySecret: PLANTED },
    { endpoint: s.endpoint, accessKeyId: s.accessKeyId, accessKeySecret: `${PLANTED}x` },
    { endpoint: s.deadEndpoint, accessKeyId: s.accessKeyId, accessKeySecret: PLANTED },
    { id: 'missing' },
  ],
  'accounts.setActive': (s) => [{ id: s.accountId }, { id: PLANTED }],
  'catalog.products': () => [{}, { refresh: true }],
  'catalog.categories': () => [{ productCode: 'ecs' }, { productCode: 'nope' }],
  'tickets.list': () => [{}, { query: 'boot', limit: 5 }, { limit: -1 }],
  'tickets.counts': () => [{}],
  'tickets.create': () => [
    {
      productCode: 'ecs',
      categoryId: '1',
      title: 'Cannot boot',
      content: 'Stuck in Starting',
      email: 'ops@example.com',
      notifyTimeRange: 'all',
      language: 'en',
    },
    { productCode: 'ecs' },
  ],
  'tickets.get': (s) => [{ id: s.ticketId }, { id: 'NOPE999' }],
  'tickets.markRead': (s) => [{ id: s.ticketId }],
  'tickets.viewing': (s) => [{ id: s.ticketId }, { id: null }],
  'tickets.reply': (s) => [
    { ticketId: s.ticketId, content: 'More info' },
    { ticketId: 'NOPE999', content: '' },
  ],
  'tickets.close': (s) => [{ ticketId: s.ticketId }, { ticketId: 'NOPE999' }],
  'outbox.list': () => [{}],
  'outbox.retry': () => [{ id: 'missing' }],
  'outbox.discard': () => [{ id: 'missing' }],
  'sync.now': () => [{}],
  'sync.status': () => [{}],
  'settings.get': () => [{}],
  'settings.set': () => [{ language: 'zh' }, { theme: PLANTED }],
  'demo.start': () => [{}],
  'accounts.remove': (s) => [{ id: s.accountId }, { id: s.accountId }],
} satisfies Record<Channel, (s: State) => unknown[]>;

describe('the access key secret never leaves the core', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sandbox: Sandbox;
  let core: Core;
  const logger = capturingLogger();

  beforeEach(async () => {
    temp = makeTempDir();
    sandbox = await startSandbox({ accessKeyId: 'LTAI5tLeakTest0001', accessKeySecret: PLANTED, seed: 'demo' });
    core = await createCore({
      dataDir: temp.dir,
      credentials: createSessionOnlyStore(),
      logger,
      demo: sandboxDemo(),
    });
  });
  afterEach(async () => {
    await core.close();
    await sandbox.close();
    temp.cleanup();
  });

  it('is absent from every response, event payload and log line', async () => {
    expect(Object.keys(REQUESTS).sort()).toEqual([...CHANNELS].sort());
    const seen: string[] = [];
    const eventsSeen = new Set<string>();
    for (const name of EVENT_NAMES) {
      core.events.on(name, (payload) => {
        eventsSeen.add(name);
        seen.push(`event ${name} ${JSON.stringify(payload)}`);
      });
    }
    const dead = await startSandbox();
    const deadEndpoint = dead.endpoint;
    await dead.close();
    const state: State = {
      accountId: 'unknown',
      ticketId: await firstTicketId(sandbox),
      endpoint: sandbox.endpoint,
      accessKeyId: sandbox.accessKeyId,
      deadEndpoint,
    };

    const outcomes: string[] = [];
    for (const [channel, requests] of Object.entries(REQUESTS) as [Channel, (s: State) => unknown[]][]) {
      for (const request of requests(state)) {
        const result = await core.handle(channel, request);
        seen.push(`${channel} ${JSON.stringify(result)}`);
        outcomes.push(`${channel}:${result.ok ? 'ok' : result.error.code}`);
        if (channel === 'accounts.add' && result.ok && state.accountId === 'unknown') {
          state.accountId = (result.value as { id: string }).id;
        }
      }
    }
    seen.push(...logger.lines.map((line) => `log ${JSON.stringify(line)}`));

    // The run exercised real successes and real failures, not only schema rejections.
    expect(outcomes).toEqual(
      expect.arrayContaining([
        'accounts.add:ok',
        'accounts.add:auth',
        'accounts.add:offline',
        'accounts.add:invalid-request',
        'accounts.test:ok',
        'accounts.test:auth',
        'demo.start:ok',
        'accounts.remove:ok',
        'accounts.remove:not-found',
      ]),
    );
    expect([...eventsSeen]).toEqual(expect.arrayContaining(['accounts.changed', 'settings.changed']));
    for (const line of seen) for (const form of FORMS) expect(line).not.toContain(form);
  });
});

async function firstTicketId(sandbox: Sandbox): Promise<string> {
  const client = createWorkorderClient(sandbox);
  try {
    const page = await client.listTickets({ pageSize: 1 });
    return page.rows[0]!.id;
  } finally {
    client.close();
  }
}
