import type { EventName, EventPayload } from '../../shared/ipc';
import type { Disposable } from './ports';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

export interface CoreEvents {
  on<E extends EventName>(name: E, listener: Listener<E>): Disposable;
}

/** A typed event emitter; a throwing listener cannot break the emitter or other listeners. */
export class EventBus implements CoreEvents {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  on<E extends EventName>(name: E, listener: Listener<E>): Disposable {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    const entry = listener as Listener<EventName>;
    set.add(entry);
    return { dispose: () => void set.delete(entry) };
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of [...(this.listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
