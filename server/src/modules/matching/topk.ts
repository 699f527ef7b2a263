/** The best `k` (score, slot) pairs seen, kept sorted in two small typed arrays: cheap when most lose. */
export class TopK {
  readonly scores: Int32Array;
  readonly slots: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.scores = new Int32Array(k);
    this.slots = new Int32Array(k);
  }

  /** The score a newcomer must beat once full (ties keep the earlier slot). */
  get threshold(): number {
    return this.size < this.k ? -1 : this.scores[this.k - 1]!;
  }

  push(score: number, slot: number): void {
    if (this.size === this.k && score <= this.scores[this.k - 1]!) return;
    let i = this.size < this.k ? this.size++ : this.k - 1;
    while (i > 0 && this.scores[i - 1]! < score) {
      this.scores[i] = this.scores[i - 1]!;
      this.slots[i] = this.slots[i - 1]!;
      i--;
    }
    this.scores[i] = score;
    this.slots[i] = slot;
  }

  entries(): { score: number; slot: number }[] {
    const out: { score: number; slot: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ score: this.scores[i]!, slot: this.slots[i]! });
    return out;
  }
}
