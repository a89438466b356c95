// The browser's queue: one IndexedDB database ("sinergi-offline", store "outbox", keyed by the
// record's client id). Every change is announced so badges and lists refresh, in all tabs.
import type { FieldRecordPayload } from "../forms/field-record";
import { type KeyValueStore, memoryStore, objectStore, openDatabase } from "./idb";
import { isFieldRecord, type OutboxPayload } from "./kendala-outbox";
import type { OutboxStore } from "./outbox";
import { notifyOutboxChanged } from "./outbox-events";
import type { OutboxRecord } from "./outbox-types";

export type FieldOutboxRecord = OutboxRecord<FieldRecordPayload>;
/** A field record or a kendala action waiting in the queue. */
export type AnyOutboxRecord = OutboxRecord<OutboxPayload>;

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

export const outboxStore: OutboxStore<OutboxPayload> = announcing(
  typeof indexedDB === "undefined"
    ? memoryStore((record: AnyOutboxRecord) => record.clientId)
    : objectStore<AnyOutboxRecord>(open, "outbox"),
);

/** A queued field record by its client id (kendala actions are not field records). */
export async function getFieldRecord(clientId: string): Promise<FieldOutboxRecord | undefined> {
  const record = await outboxStore.get(clientId);
  return record && isFieldRecord(record) ? record : undefined;
}
