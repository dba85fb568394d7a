// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyTheme, resolveTheme, type DarkQuery } from '../../../src/renderer/lib/theme';

function fakeQuery(initial: boolean): DarkQuery & { set(dark: boolean): void; listeners: number } {
  const listeners = new Set<() => void>();
  let dark = initial;
  return {
    get matches() {
      return dark;
    },
    get listeners() {
      return listeners.size;
    },
    set(value) {
      dark = value;
      listeners.forEach((l) => l());
    },
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
  };
}

describe('theme', () => {
  it('resolves "system" to the OS preference and keeps explicit choices', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the OS while the setting is "system", and stops when told', () => {
    const root = document.createElement('html');
    const query = fakeQuery(false);
    const stop = applyTheme('system', root, query);
    expect(root.dataset.theme).toBe('light');
    query.set(true);
    expect(root.dataset.theme).toBe('dark');
    stop();
    expect(query.listeners).toBe(0);
    query.set(false);
    expect(root.dataset.theme).toBe('dark');
  });

  it('ignores the OS when the user chose a theme', () => {
    const root = document.createElement('html');
    const query = fakeQuery(true);
    applyTheme('light', root, query);
    expect(root.dataset.theme).toBe('light');
    expect(query.listeners).toBe(0);
  });
});
