/** A Map that forgets its oldest entries past `max` (schemas are immutable, so nothing goes stale but by deletion). */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.max && !this.map.has(key)) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  deleteWhere(pred: (key: K) => boolean): void {
    for (const key of this.map.keys()) if (pred(key)) this.map.delete(key);
  }
}
