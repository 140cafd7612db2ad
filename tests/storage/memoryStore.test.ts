/** Runs the DocumentStore contract against the in-memory store. */
import { MemoryDocumentStore } from '../../server/storage/MemoryDocumentStore';
import { runDocumentStoreContract } from './documentStoreContract';

runDocumentStoreContract('memory', {
  create: async (now) => new MemoryDocumentStore(now),
  reopen: null,
});
