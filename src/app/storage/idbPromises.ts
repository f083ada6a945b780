/**
 * IndexedDB's events as promises, for every database of the page (progress, the editor's drafts and
 * Your levels): a transaction's commit, and asking for an early commit.
 */

/** Resolves when the transaction has committed (its requests' results read by then); rejects when it fails. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('a saved-data write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('a saved-data write was stopped (the storage may be full)'));
  });
}

/** Asks the browser to commit at once rather than when the task ends (a reload may come first). */
export function commitNow(tx: IDBTransaction): void {
  if (typeof tx.commit === 'function') tx.commit();
}
