import type { WorkorderBridge } from '../../src/shared/ipc';
import { expect, test } from './fixtures';

test.use({ start: 'endpoint' });

test('the built renderer runs on the preview bridge with the real core', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (error) => errors.push(error.message));
  const info = await app.evaluate(() =>
    (globalThis as unknown as { workorder: WorkorderBridge }).workorder.invoke('app.info'),
  );
  expect(info).toMatchObject({ ok: true, value: { credentialBackend: 'session-only', demo: false } });
  await expect(app.locator('#root')).not.toBeEmpty();
  expect(errors).toEqual([]);
});
