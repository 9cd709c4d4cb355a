import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { registerServiceWorker, UPDATE_CHECK_MS } from '../../src/components/service-worker.ts';

// The library that registers the worker is played by the test: it hands over the options the
// app gives it, so the test can act as the browser's registration.
const registered = vi.hoisted(() => ({ options: undefined as RegisterSWOptions | undefined }));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registered.options = options;
    return async () => undefined;
  },
}));

describe('registerServiceWorker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  });

  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('looks for a new version every hour while the tab stays open', () => {
    expect(UPDATE_CHECK_MS).toBe(60 * 60 * 1000);
    registerServiceWorker();
    const update = vi.fn(() => Promise.resolve());
    registered.options?.onRegisteredSW?.('/sw.js', {
      update,
    } as unknown as ServiceWorkerRegistration);

    vi.advanceTimersByTime(UPDATE_CHECK_MS - 1);
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('lets a check fail quietly when the tab is offline, and checks again later', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    registerServiceWorker();
    // A plain function, not a spy: a spy would watch the rejection and so handle it.
    let checks = 0;
    const update = () => {
      checks += 1;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    registered.options?.onRegisteredSW?.('/sw.js', {
      update,
    } as unknown as ServiceWorkerRegistration);

    vi.advanceTimersByTime(2 * UPDATE_CHECK_MS);
    vi.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(checks).toBe(2);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
