import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_RUNNING_EVENT } from '../../src/app/announce-running.tsx';
import { GRID_COLUMNS_KEY } from '../../src/state/grid-columns.ts';
import { SET_ASIDE_PREFIX, STORAGE_KEY } from '../../src/state/persisted.ts';

// public/first-view.js decides, before the first paint, whether the calculator built into the
// page may show (a first visit) or must stay hidden until the app draws the right view, and when
// the app's scripts start.
const guard = readFileSync('public/first-view.js', 'utf8');

function runGuard(): boolean {
  document.documentElement.classList.remove('first-view-hidden');
  new Function(guard)();
  return document.documentElement.classList.contains('first-view-hidden');
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.classList.remove('first-view-hidden');
});

describe('first-view guard', () => {
  it.each([
    ['', false],
    ['#/', false],
    ['#/calculator', false],
    ['#/calculator/visit/3', false],
    ['#/reference', true],
    ['#/reference/hcpcs/G0299', true],
    ['#/training', true],
    ['#/privacy', true],
    ['#/calculatorx', true],
  ])('address %j with nothing saved: hidden %s', (hash, hidden) => {
    window.location.hash = hash;
    expect(runGuard()).toBe(hidden);
  });

  it.each([STORAGE_KEY, GRID_COLUMNS_KEY, `${SET_ASIDE_PREFIX}2026-11-23`])(
    'hides the built-in calculator when this browser holds %s',
    (key) => {
      localStorage.setItem(key, '{}');
      expect(runGuard()).toBe(true);
    },
  );

  it("shows it when storage holds only other sites' keys", () => {
    localStorage.setItem('another-app', '1');
    expect(runGuard()).toBe(false);
  });

  it('hides it when storage cannot be read', () => {
    vi.spyOn(Storage.prototype, 'key').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    localStorage.setItem('another-app', '1');
    expect(runGuard()).toBe(true);
  });
});

/** The Paint Timing observer, played by the test: `paint(name)` reports a paint of that name. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  static latest: FakePaintObserver | undefined;
  observing = false;
  constructor(
    private readonly report: (list: { getEntriesByName: (name: string) => object[] }) => void,
  ) {
    FakePaintObserver.latest = this;
  }
  observe(): void {
    this.observing = true;
  }
  disconnect(): void {
    this.observing = false;
  }
  paint(name: string): void {
    if (this.observing)
      this.report({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
  }
}

describe('starting the app', () => {
  const ENTRY = '/assets/index-abc.js';
  const PRELOADS = ['/assets/engine-abc.js', '/assets/data-abc.js'];

  /** The scripts started so far: the module preloads, then the entry, in document order. */
  function startedScripts(): string[] {
    return [
      ...document.head.querySelectorAll('link[rel="modulepreload"], script[type="module"]'),
    ].map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '');
  }

  /** A control in the built-in page (#root), and a spy on the clicks that reach it. */
  function inBuiltView(tag: 'a' | 'button') {
    const root = document.createElement('div');
    root.id = 'root';
    const control = document.createElement(tag);
    root.append(control);
    document.body.append(root);
    const clicked = vi.fn();
    control.addEventListener('click', clicked);
    return { control, clicked };
  }

  beforeEach(() => {
    // The build names the app's scripts on first-view.js's own tag (first-view-plugin.ts).
    const tag = document.createElement('script');
    tag.setAttribute('data-app-entry', ENTRY);
    tag.setAttribute('data-app-preload', PRELOADS.join(' '));
    document.head.append(tag);
    FakePaintObserver.latest = undefined;
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
  });

  afterEach(() => {
    // Lets each guard run stop listening, so no test holds the clicks of the next.
    document.dispatchEvent(new Event(APP_RUNNING_EVENT));
    document.head.replaceChildren();
    document.getElementById('root')?.remove();
    vi.unstubAllGlobals();
    vi.useRealTimers();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('starts nothing when the page names no scripts (the development server)', () => {
    document.head.replaceChildren();
    runGuard();
    expect(startedScripts()).toEqual([]);
  });

  it('starts the scripts at once, as same-origin modules, when saved work must be drawn', () => {
    localStorage.setItem(STORAGE_KEY, '{}');
    runGuard();
    expect(startedScripts()).toEqual([...PRELOADS, ENTRY]);
    const entry = document.head.querySelector('script[type="module"]');
    expect(entry?.getAttribute('crossorigin')).toBe('anonymous');
  });

  it('starts the scripts at once when the address names another view', () => {
    window.location.hash = '#/reference/hcpcs/G0299';
    runGuard();
    expect(startedScripts()).toEqual([...PRELOADS, ENTRY]);
  });

  it('starts the scripts at once when a service worker serves the page from this browser', () => {
    Object.defineProperty(navigator, 'serviceWorker', {
      value: { controller: {} },
      configurable: true,
    });
    runGuard();
    expect(startedScripts()).toEqual([...PRELOADS, ENTRY]);
  });

  it('on a first visit, starts them only once the calculator has painted, and once only', () => {
    vi.useFakeTimers();
    runGuard();
    expect(startedScripts()).toEqual([]);
    FakePaintObserver.latest?.paint('first-paint');
    expect(startedScripts()).toEqual([]);
    FakePaintObserver.latest?.paint('first-contentful-paint');
    expect(startedScripts()).toEqual([...PRELOADS, ENTRY]);
    vi.advanceTimersByTime(10_000);
    expect(startedScripts()).toEqual([...PRELOADS, ENTRY]);
  });

  it('on a first visit, starts them after 3 seconds when no paint is reported', () => {
    vi.useFakeTimers();
    runGuard();
    vi.advanceTimersByTime(2_999);
    expect(startedScripts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(startedScripts()).toEqual([...PRELOADS, ENTRY]);
  });

  it('starts them at once in a browser that cannot report paints', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    runGuard();
    expect(startedScripts()).toEqual([...PRELOADS, ENTRY]);
  });

  it('holds no click when the built-in calculator is hidden: the app draws the page afresh', () => {
    localStorage.setItem(STORAGE_KEY, '{}');
    const { control: link, clicked } = inBuiltView('a');
    runGuard();

    link.click();
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('holds a click on the built-in calculator until the app says it runs, then carries it out', () => {
    const { control: addVisit, clicked } = inBuiltView('button');
    runGuard();

    addVisit.click();
    expect(clicked).not.toHaveBeenCalled();
    document.dispatchEvent(new Event(APP_RUNNING_EVENT));
    expect(clicked).toHaveBeenCalledTimes(1);
    addVisit.click();
    expect(clicked).toHaveBeenCalledTimes(2);
  });
});
