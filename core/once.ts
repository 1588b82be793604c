/**
 * Values derived from an object once, kept as long as the object lives. For what follows from a
 * constant (an instrument, its items) or from a handle that lives as long as the isolate: the
 * object never changes, so the kept value never needs invalidating, and it goes when its key does.
 */

/** `derive` per key object, computed on the first call with that object and shared after it. */
export function oncePer<Key extends object, Value>(derive: (key: Key) => Value): (key: Key) => Value {
  const kept = new WeakMap<Key, Value>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as Value;
    const value = derive(key);
    kept.set(key, value);
    return value;
  };
}
