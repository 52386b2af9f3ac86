import type { FormationTable } from './types';
import type { Norms } from './norms';
import type { Analysis } from './api';

/** STUB — being implemented by the lead. */
export function analyse(tables: FormationTable[], norms?: Partial<Norms>): Analysis {
  throw new Error('not implemented' + tables.length + String(norms));
}
