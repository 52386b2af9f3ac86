import { configure } from '@testing-library/react';

// The first test of a file waits for the pane's lazy chunks (tabs, engine), which ts-jest
// compiles on first import: seconds on a loaded CI machine, not the library's default 1 s.
configure({ asyncUtilTimeout: 15000 });
