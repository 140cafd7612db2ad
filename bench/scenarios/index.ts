/** The scenarios, in the order they run and appear in the results. */
import { awareness } from './awareness';
import { coldLoad } from './coldLoad';
import { fanOut } from './fanOut';
import { ingest } from './ingest';
import { initialSync } from './initialSync';
import { memory } from './memory';
import { reconnectStorm } from './reconnectStorm';
import type { Scenario } from './types';

/** Every scenario. */
export const SCENARIOS: readonly Scenario[] = [
  fanOut,
  initialSync,
  reconnectStorm,
  ingest,
  memory,
  coldLoad,
  awareness,
];
