// What a large list repeats row after row (a spelling, a typo) is worked out once: answers are kept
// by key, up to a bound, so a workbook full of different odd values cannot grow memory without end.

export const REMEMBERED_KEYS = 10_000;

/** `work`, with its answer for each key kept, for up to `limit` keys. */
export function remembered<K, V>(work: (key: K) => V, limit = REMEMBERED_KEYS): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const kept = known.get(key);
    if (kept !== undefined || known.has(key)) return kept as V;
    const value = work(key);
    if (known.size < limit) known.set(key, value);
    return value;
  };
}
