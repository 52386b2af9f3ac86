/**
 * The write-back (Excel: a new sheet with live formulas; browser: a download), with a
 * Fluent dialog that answers the port's confirmOverwrite.
 */

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { Spinner } from '@fluentui/react-components';
import type { ComparisonRequest, WorkbookActions } from '../host/workbook-actions';
import type { Analysis, ScenarioInput } from '../model/api';
import type { ColumnOverride } from '../sheet/types';
import { useComparisonStyles } from './comparison-styles';
import { useI18n } from './i18n';
import { errorText, useShared } from './ui';

export function WritePanel(props: {
  actions: WorkbookActions;
  analysis: Analysis;
  overrides: ColumnOverride[];
  inputs: ScenarioInput[];
}): React.JSX.Element {
  const { actions, analysis } = props;
  const { s, lang } = useI18n();
  const c = useShared();
  const styles = useComparisonStyles();
  const [state, setState] = React.useState<{ kind: 'idle' | 'busy' | 'done' | 'cancelled' | 'error'; text?: string }>({
    kind: 'idle',
  });
  const [pending, setPending] = React.useState<string | null>(null);
  const resolver = React.useRef<((ok: boolean) => void) | null>(null);
  const declined = React.useRef(false);
  const browser = actions.mode === 'browser';

  const confirmOverwrite = (sheet: string) =>
    new Promise<boolean>((resolve) => {
      resolver.current = resolve;
      setPending(sheet);
    });

  const answer = (ok: boolean) => {
    const resolve = resolver.current;
    resolver.current = null;
    setPending(null);
    if (!resolve) return;
    if (!ok) declined.current = true;
    resolve(ok);
  };

  const write = async () => {
    declined.current = false;
    setState({ kind: 'busy' });
    const req: ComparisonRequest = {
      scenarios: props.inputs,
      tables: analysis.tables.map((t) => ({ sheet: t.sheet, range: t.range })),
      lang,
    };
    if (props.overrides.length) req.overrides = props.overrides;
    try {
      const name = await actions.writeComparison(req, confirmOverwrite);
      if (declined.current) setState({ kind: 'cancelled', text: s.writeCancelled });
      else setState({ kind: 'done', text: browser ? s.writtenBrowser(name) : s.writtenExcel(name) });
    } catch (err) {
      setState({ kind: 'error', text: `${s.errorPrefix} ${errorText(err)}` });
    }
  };

  return (
    <div className={styles.section}>
      <div>
        <Button appearance="primary" onClick={() => void write()} disabled={state.kind === 'busy'} data-testid="write">
          {browser ? s.writeBrowser : s.writeExcel}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="write-status">
        {state.kind === 'busy' && <Spinner size="tiny" labelPosition="after" label={s.writing} />}
        {(state.kind === 'done' || state.kind === 'cancelled') && <span className={c.small}>{state.text}</span>}
        {state.kind === 'error' && <span className={c.error}>{state.text}</span>}
      </div>
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && answer(false)} modalType="modal">
        <DialogSurface aria-describedby="overwrite-text">
          <DialogBody>
            <DialogTitle>{s.overwriteTitle}</DialogTitle>
            <DialogContent id="overwrite-text">{pending ? s.overwriteText(pending) : ''}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer(true)}>
                {s.overwriteYes}
              </Button>
              <Button appearance="secondary" onClick={() => answer(false)}>
                {s.overwriteNo}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
