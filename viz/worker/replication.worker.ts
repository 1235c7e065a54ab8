/**
 * A replication thread of the app's pool: the replication API exposed to the
 * page with comlink. The page starts one per core and terminates them all to
 * cancel a batch.
 */
import { expose } from 'comlink';
import { createReplicationApi } from '../../sim/api/replicationApi.js';

expose(createReplicationApi());
