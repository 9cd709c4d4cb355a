// Small steps over a Storage that the save path shares: listing keys, setting unreadable data
// aside under a key of its own (never deleting it), and writes that may be refused.
import { SET_ASIDE_PREFIX } from './persisted.ts';

export function keysStartingWith(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key !== null && key.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Keeps `raw` under a free set-aside key and returns the key, or null when it does not fit. */
export function setAsideRaw(storage: Storage, raw: string): string | null {
  let n = 1;
  while (storage.getItem(`${SET_ASIDE_PREFIX}${n}`) !== null) n += 1;
  const key = `${SET_ASIDE_PREFIX}${n}`;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** A write that may be refused (storage full, blocked): false when it was. */
export function tryWrite(storage: Storage | null, key: string, value: string): boolean {
  try {
    storage?.setItem(key, value);
    return storage !== null;
  } catch {
    return false;
  }
}
