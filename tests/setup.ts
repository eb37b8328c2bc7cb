import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The one wait for anything asynchronous on screen, set for a 2-core machine that is busy with other
// work: a whole-app test renders every chart of a view in jsdom, which takes seconds there.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => cleanup());

// jsdom does no layout: report every observed element as 800 px wide, as a desktop window would,
// so that responsive charts draw. jsdom has no modal dialogs either.
class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = {
      width: 800,
      height: 400,
      top: 0,
      left: 0,
      right: 800,
      bottom: 400,
      x: 0,
      y: 0,
    };
    this.callback(
      [{ target, contentRect } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

// The deck is kept in localStorage; every test starts with none.
afterEach(() => globalThis.localStorage?.clear());
