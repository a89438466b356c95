// A tiny promise wrapper over IndexedDB (no package is installed for it): open a database, and read
// or change one object store. `update` runs its read-modify-write inside one transaction, so two
// tabs can never both claim the same queued record.

export type KeyValueStore<T> = {
  get: (key: string) => Promise<T | undefined>;
  all: () => Promise<T[]>;
  put: (value: T) => Promise<void>;
  delete: (key: string) => Promise<void>;
  /** Reads, changes and writes one value atomically; `change` returning null leaves it as it was. */
  update: (key: string, change: (current: T | undefined) => T | null) => Promise<T | null>;
};

function settle<R>(request: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
  });
}

export function openDatabase(options: {
  name: string;
  version: number;
  upgrade: (db: IDBDatabase, oldVersion: number) => void;
}): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(options.name, options.version);
    request.onupgradeneeded = (event) => options.upgrade(request.result, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the schema: let it, and reopen lazily on next use.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error("IndexedDB upgrade blocked by another tab"));
  });
}

/** One object store of a database opened on first use. */
export function objectStore<T>(open: () => Promise<IDBDatabase>, storeName: string): KeyValueStore<T> {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    db ??= open().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  const run = async <R>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<R>) => {
    const transaction = (await database()).transaction(storeName, mode);
    const done = finished(transaction);
    const result = await body(transaction.objectStore(storeName));
    await done;
    return result;
  };
  return {
    get: (key) => run("readonly", (store) => settle(store.get(key) as IDBRequest<T | undefined>)),
    all: () => run("readonly", (store) => settle(store.getAll() as IDBRequest<T[]>)),
    put: (value) => run("readwrite", async (store) => void (await settle(store.put(value)))),
    delete: (key) => run("readwrite", async (store) => void (await settle(store.delete(key)))),
    update: (key, change) =>
      run(
        "readwrite",
        (store) =>
          new Promise<T | null>((resolve, reject) => {
            // Callbacks, not awaits, keep the transaction open between the read and the write.
            const read = store.get(key) as IDBRequest<T | undefined>;
            read.onerror = () => reject(read.error);
            read.onsuccess = () => {
              const next = change(read.result);
              if (next === null) return resolve(null);
              const write = store.put(next);
              write.onerror = () => reject(write.error);
              write.onsuccess = () => resolve(next);
            };
          }),
      ),
  };
}

/** The same interface in memory: for tests, and as a fallback where IndexedDB is unavailable. */
export function memoryStore<T>(keyOf: (value: T) => string): KeyValueStore<T> {
  const values = new Map<string, T>();
  const clone = (value: T): T => structuredClone(value);
  return {
    get: async (key) => {
      const value = values.get(key);
      return value === undefined ? undefined : clone(value);
    },
    all: async () => [...values.values()].map(clone),
    put: async (value) => void values.set(keyOf(value), clone(value)),
    delete: async (key) => void values.delete(key),
    update: async (key, change) => {
      const current = values.get(key);
      const next = change(current === undefined ? undefined : clone(current));
      if (next !== null) values.set(key, clone(next));
      return next;
    },
  };
}
