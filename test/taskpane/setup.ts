import { configure } from '@testing-library/react';

// The first test of a file waits for the pane's lazy chunks (tabs, engine), which ts-jest
// compiles on first import: seconds on a loaded CI machine, not the library's default 1 s.
configure({ asyncUtilTimeout: 15000 });

// jsdom has no ResizeObserver; Fluent's MessageBar (the "Ongedaan maken" bar) and the bar
// chart observe their size. A no-op observer: jsdom has no layout to report anyway.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
