/**
 * Ids → slots for 300k people without a string per person: an ObjectId's 12 bytes are kept as three
 * 32-bit words per slot, and an open-addressing hash table of slot numbers finds them. (A Map of 300k
 * hex strings costs ~80 MB; this costs ~20 bytes per person.) Ids that are not ObjectIds (tests,
 * imports) fall back to a Map.
 */
const HEX_ID = /^[0-9a-f]{24}$/;
const EMPTY = 0;
const DELETED = -1;

export class IdTable {
  private words = new Uint32Array(0);
  /** slot + 1, EMPTY or DELETED. */
  private table = new Int32Array(1024);
  private used = 0;
  private deleted = 0;
  private readonly others = new Map<string, number>();
  private readonly otherIds = new Map<number, string>();
  count = 0;

  /** Room for slots below `capacity`. */
  reserve(capacity: number): void {
    if (this.words.length >= capacity * 3) return;
    const words = new Uint32Array(capacity * 3);
    words.set(this.words);
    this.words = words;
  }

  private static parse(id: string, out: Uint32Array): boolean {
    if (!HEX_ID.test(id)) return false;
    out[0] = Number.parseInt(id.slice(0, 8), 16);
    out[1] = Number.parseInt(id.slice(8, 16), 16);
    out[2] = Number.parseInt(id.slice(16, 24), 16);
    return true;
  }

  private static hash(a: number, b: number, c: number): number {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ c;
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    return h >>> 0;
  }

  private readonly key = new Uint32Array(3);

  private find(key: Uint32Array): number {
    const mask = this.table.length - 1;
    let i = IdTable.hash(key[0]!, key[1]!, key[2]!) & mask;
    for (;;) {
      const entry = this.table[i]!;
      if (entry === EMPTY) return -1;
      if (entry !== DELETED) {
        const o = (entry - 1) * 3;
        if (this.words[o] === key[0] && this.words[o + 1] === key[1] && this.words[o + 2] === key[2])
          return i;
      }
      i = (i + 1) & mask;
    }
  }

  get(id: string): number | undefined {
    if (!IdTable.parse(id, this.key)) return this.others.get(id);
    const at = this.find(this.key);
    return at < 0 ? undefined : this.table[at]! - 1;
  }

  set(id: string, slot: number): void {
    if (!IdTable.parse(id, this.key)) {
      if (!this.others.has(id)) this.count++;
      this.others.set(id, slot);
      this.otherIds.set(slot, id);
      return;
    }
    if (this.find(this.key) >= 0) return;
    if ((this.used + this.deleted + 1) * 2 > this.table.length) this.rehash();
    const o = slot * 3;
    this.words[o] = this.key[0]!;
    this.words[o + 1] = this.key[1]!;
    this.words[o + 2] = this.key[2]!;
    const mask = this.table.length - 1;
    let i = IdTable.hash(this.key[0]!, this.key[1]!, this.key[2]!) & mask;
    while (this.table[i] !== EMPTY && this.table[i] !== DELETED) i = (i + 1) & mask;
    if (this.table[i] === DELETED) this.deleted--;
    this.table[i] = slot + 1;
    this.used++;
    this.count++;
  }

  delete(id: string): void {
    if (!IdTable.parse(id, this.key)) {
      const slot = this.others.get(id);
      if (slot === undefined) return;
      this.others.delete(id);
      this.otherIds.delete(slot);
      this.count--;
      return;
    }
    const at = this.find(this.key);
    if (at < 0) return;
    this.table[at] = DELETED;
    this.used--;
    this.deleted++;
    this.count--;
  }

  /** The id stored at a slot (only meaningful for slots in use). */
  idAt(slot: number): string {
    const other = this.otherIds.get(slot);
    if (other !== undefined) return other;
    const o = slot * 3;
    return (
      this.words[o]!.toString(16).padStart(8, '0') +
      this.words[o + 1]!.toString(16).padStart(8, '0') +
      this.words[o + 2]!.toString(16).padStart(8, '0')
    );
  }

  private rehash(): void {
    const old = this.table;
    let size = old.length;
    while ((this.used + 1) * 2 > size * 0.75) size *= 2;
    this.table = new Int32Array(size);
    this.deleted = 0;
    const mask = size - 1;
    for (const entry of old) {
      if (entry === EMPTY || entry === DELETED) continue;
      const o = (entry - 1) * 3;
      let i = IdTable.hash(this.words[o]!, this.words[o + 1]!, this.words[o + 2]!) & mask;
      while (this.table[i] !== EMPTY) i = (i + 1) & mask;
      this.table[i] = entry;
    }
  }
}
