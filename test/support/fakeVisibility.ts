/**
 * What the browser tells the page about sight and idleness, driven by a
 * test: an IntersectionObserver that reports what the test scrolls in, and
 * idle callbacks that run when the test says the page is idle. Installed on
 * globalThis; `removeFakeVisibility` takes it away again.
 */

/** Installs the fakes and returns the test's controls. */
export function fakeVisibility() {
  let report: ((entries: IntersectionObserverEntry[]) => void) | null = null;
  const idle: (() => void)[] = [];
  globalThis.IntersectionObserver = class {
    constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
      report = callback;
    }
    observe(): void {}
  } as unknown as typeof IntersectionObserver;
  globalThis.requestIdleCallback = ((callback: () => void) => idle.push(callback)) as unknown as typeof requestIdleCallback;
  return {
    /** Reports `element` on screen. */
    scrollIn(element: Element): void {
      report?.([{ target: element, isIntersecting: true } as unknown as IntersectionObserverEntry]);
    },
    /** Runs every idle callback asked for so far. */
    idle(): void {
      for (const callback of idle.splice(0)) callback();
    },
    /** Runs the idle callback asked for first. */
    idleOnce(): void {
      idle.shift()?.();
    },
  };
}

/** Takes the fakes off globalThis. */
export function removeFakeVisibility(): void {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
  delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
}
