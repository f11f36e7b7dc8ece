/**
 * Prometheus counters (bytes in/out since a broker started) turned into usage deltas.
 *
 * A counter that goes down, or a broker whose process start time changed, restarted from zero: the
 * new reading is all usage since the restart, so nothing after the restart is lost and nothing
 * before it is counted twice. (Bytes a broker counted between its last scrape and a crash are gone
 * with the process: no scraper can see them.)
 */
export interface CounterReading {
  /** Broker process start (ms since epoch) when the exporter reports it, else null. */
  incarnation: bigint | null;
  /** Counter value, or null when the broker could not be read. */
  value: bigint | null;
}

export function counterDelta(prev: CounterReading | undefined, cur: CounterReading): bigint {
  if (cur.value === null) return 0n;
  if (!prev || prev.value === null) return cur.value;
  if (prev.incarnation !== null && cur.incarnation !== null && prev.incarnation !== cur.incarnation) return cur.value;
  if (cur.value < prev.value) return cur.value;
  return cur.value - prev.value;
}

/**
 * Deltas of a broker's readings in scrape order, starting from `baseline` (its last readable
 * reading before them, if any). Unreadable readings contribute nothing and are skipped over.
 */
export function counterDeltas(baseline: CounterReading | undefined, readings: readonly CounterReading[]): bigint[] {
  let last = baseline && baseline.value !== null ? baseline : undefined;
  return readings.map((r) => {
    const d = counterDelta(last, r);
    if (r.value !== null) last = r;
    return d;
  });
}

/** True if `cur` is the first reading of a new run of the broker (its counters restarted from zero). */
export function counterRestarted(prev: CounterReading | undefined, cur: CounterReading): boolean {
  if (cur.value === null || !prev || prev.value === null) return false;
  if (prev.incarnation !== null && cur.incarnation !== null && prev.incarnation !== cur.incarnation) return true;
  return cur.value < prev.value;
}
