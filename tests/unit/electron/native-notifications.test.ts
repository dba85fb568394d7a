import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeNotification {
    static shown: FakeNotification[] = [];
    static supported = true;
    static isSupported = () => FakeNotification.supported;
    listeners = new Map<string, () => void>();
    constructor(public options: { title: string; body: string; icon?: string }) {}
    on(name: string, fn: () => void) {
      this.listeners.set(name, fn);
    }
    show() {
      FakeNotification.shown.push(this);
    }
  }
  return { Notification: FakeNotification };
});
vi.mock('electron', () => electron);

const { createNativeNotifier } = await import('../../../src/main/electron/native-notifications');

describe('native notifier', () => {
  it('shows title and body and opens the ticket on click', () => {
    const opened: (string | null)[] = [];
    const notifier = createNativeNotifier({ icon: '/i.png', onClick: (id) => opened.push(id) });
    notifier.show({ kind: 'reply', ticketId: 'T1', title: 'Disk full', body: 'We extended the disk.' });
    notifier.show({ kind: 'summary', ticketId: null, title: 'Workorder Desk', body: '3 new replies in 2 tickets' });
    const [first, second] = electron.Notification.shown;
    expect(first?.options).toMatchObject({ title: 'Disk full', body: 'We extended the disk.', icon: '/i.png' });
    first?.listeners.get('click')?.();
    second?.listeners.get('click')?.();
    expect(opened).toEqual(['T1', null]);
  });

  it('reports whether the OS supports notifications', () => {
    const notifier = createNativeNotifier({ icon: '/i.png', onClick: () => {} });
    electron.Notification.supported = false;
    expect(notifier.supported()).toBe(false);
  });
});
