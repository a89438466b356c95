// The browser's queue: one IndexedDB database ("sinergi-offline", store "outbox", keyed by the
// record's client id). Every change is announced so badges and lists refresh, in all tabs.
import type { FieldRecordPayload } from "../forms/field-record";
import { type KeyValueStore, memoryStore, objectStore, openDatabase } from "./idb";
import type { OutboxStore } from "./outbox";
import { notifyOutboxChanged } from "./outbox-events";
import type { OutboxRecord } from "./outbox-types";

export type FieldOutboxRecord = OutboxRecord<FieldRecordPayload>;

const open = () =>
  openDatabase({
    name: "sinergi-offline",
    version: 1,
    upgrade: (db) => {
      if (!db.objectStoreNames.contains("outbox")) db.createObjectStore("outbox", { keyPath: "clientId" });
    },
  });

function announcing<T>(store: KeyValueStore<T>): KeyValueStore<T> {
  return {
    ...store,
    put: async (value) => {
      await store.put(value);
      notifyOutboxChanged();
    },
    delete: async (key) => {
      await store.delete(key);
      notifyOutboxChanged();
    },
    update: async (key, change) => {
      const result = await store.update(key, change);
      if (result !== null) notifyOutboxChanged();
      return result;
    },
  };
}

export const outboxStore: OutboxStore<FieldRecordPayload> = announcing(
  typeof indexedDB === "undefined"
    ? memoryStore((record: FieldOutboxRecord) => record.clientId)
    : objectStore<FieldOutboxRecord>(open, "outbox"),
);
