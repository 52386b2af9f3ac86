/** Renders the pane with fake actions and a fake engine (shared by the pane's test files). */
import * as React from 'react';
import { render } from '@testing-library/react';
import { App, type AppProps } from '../../src/taskpane/app';
import { fakeActions, fakeEngine, type FakeActions, type FakeEngine } from './fakes';

export function renderApp(over: Partial<AppProps> & { actions?: FakeActions; engine?: FakeEngine } = {}) {
  const actions = over.actions ?? fakeActions();
  const engine = over.engine ?? fakeEngine();
  const utils = render(
    <App actions={actions} loadEngine={async () => engine} lang="nl" saveDelay={10} progressDelay={1000} {...over} />,
  );
  return { actions, engine, ...utils };
}
