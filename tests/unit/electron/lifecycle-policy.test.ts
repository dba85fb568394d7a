import { describe, expect, it } from 'vitest';
import {
  closeAction,
  createNudgeGuard,
  quitWhenAllWindowsClosed,
  watchConnectivity,
} from '../../../src/main/electron/lifecycle-policy';
import type { NudgeReason } from '../../../src/main/core/sync/sync-engine';
import { fakeClock } from './fake-clock';

describe('closing the window', () => {
  it('hides to the tray when the setting is on and a tray exists', () => {
    expect(closeAction({ quitting: false, closeToTray: true, trayAvailable: true })).toBe('hide');
  });
  it('really closes when quitting, when the setting is off, or without a tray', () => {
    expect(closeAction({ quitting: true, closeToTray: true, trayAvailable: true })).toBe('close');
    expect(closeAction({ quitting: false, closeToTray: false, trayAvailable: true })).toBe('close');
    expect(closeAction({ quitting: false, closeToTray: true, trayAvailable: false })).toBe('close');
  });
  it('keeps a macOS app alive without windows', () => {
    expect(quitWhenAllWindowsClosed('darwin')).toBe(false);
    expect(quitWhenAllWindowsClosed('win32')).toBe(true);
    expect(quitWhenAllWindowsClosed('linux')).toBe(true);
  });
});

describe('nudge guard', () => {
  it('passes one resume per wake-up even when the OS fires it twice', () => {
    const clock = fakeClock();
    const seen: NudgeReason[] = [];
    const nudge = createNudgeGuard((r) => seen.push(r), clock);
    expect(nudge('resume')).toBe(true);
    clock.advance(50);
    expect(nudge('resume')).toBe(false);
    expect(nudge('online')).toBe(true);
    clock.advance(10_000);
    expect(nudge('resume')).toBe(true);
    expect(seen).toEqual(['resume', 'online', 'resume']);
  });

  it('throttles focus nudges', () => {
    const clock = fakeClock();
    const seen: NudgeReason[] = [];
    const nudge = createNudgeGuard((r) => seen.push(r), clock);
    nudge('focus');
    clock.advance(29_999);
    nudge('focus');
    clock.advance(1);
    nudge('focus');
    expect(seen).toEqual(['focus', 'focus']);
  });
});

describe('connectivity watcher', () => {
  it('reports each change from offline to online, once', () => {
    const clock = fakeClock();
    let online = true;
    let count = 0;
    const watcher = watchConnectivity(
      () => online,
      () => count++,
      clock,
      1000,
    );
    clock.advance(3000);
    expect(count).toBe(0);
    online = false;
    clock.advance(2000);
    online = true;
    clock.advance(1000);
    clock.advance(5000);
    expect(count).toBe(1);
    watcher.dispose();
    expect(clock.pending()).toBe(0);
  });
});
