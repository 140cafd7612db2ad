/** Runs the planning store contract against the embedded SQLite store, on disk and in memory. */
import { SqlitePlanningStore } from '../../server/planning/SqlitePlanningStore';
import { makeDataDir } from '../helpers/testServer';
import { runPlanningStoreContract } from './planningStoreContract';

let dataDir = makeDataDir();

runPlanningStoreContract('sqlite on disk', {
  create: async () => {
    dataDir = makeDataDir();
    return new SqlitePlanningStore(dataDir);
  },
  reopen: async () => new SqlitePlanningStore(dataDir),
});

runPlanningStoreContract('sqlite in memory', {
  create: async () => new SqlitePlanningStore(':memory:'),
  reopen: null,
});
