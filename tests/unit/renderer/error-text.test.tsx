// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../src/shared/domain';
import { ipcError } from '../../../src/shared/errors';
import { createFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const refused = ipcError('auth', 'The AccessKey secret does not match (SignatureDoesNotMatch).', {
  requestId: 'REQ-42',
});
const failingInbox = (language: UiLanguage = 'en') =>
  createFakeBridge({ settings: { language }, handlers: { 'tickets.list': () => ({ ok: false, error: refused }) } });

describe('errors from main, in the UI language', () => {
  afterEach(cleanup);

  it("shows main's own message, with its details, in English", async () => {
    renderApp({ bridge: failingInbox() });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The AccessKey secret does not match (SignatureDoesNotMatch).');
  });

  it('translates the error by its code in Chinese, keeping the request id for support', async () => {
    renderApp({ bridge: failingInbox('zh'), language: 'zh' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('AccessKey 被拒绝');
    expect(alert.textContent).toContain('REQ-42');
    expect(alert.textContent).not.toContain('does not match');
  });

  it('translates it in Japanese too', async () => {
    renderApp({ bridge: failingInbox('ja'), language: 'ja' });
    expect((await screen.findByRole('alert')).textContent).toContain('AccessKey が拒否されました');
  });
});
