/**
 * The split of values[from, to) that maximises the energy statistic (Székely & Rizzo; the
 * E-divisive of Matteson & James 2014 with α = 1):
 * q = n1·n2/(n1+n2) · (2·mean|x−y| − mean|x−x'| − mean|y−y'|), each side holding ≥ minSize points.
 * O(n²) by moving one point at a time from the right side to the left.
 */
export function bestEnergySplit(values: ArrayLike<number>, from: number, to: number, minSize: number) {
  const n = to - from;
  let best = { index: -1, statistic: -Infinity };
  if (n < 2 * minSize) return best;
  let within1 = 0;
  let within2 = 0;
  let between = 0;
  for (let i = from; i < to; i++) for (let j = i + 1; j < to; j++) within2 += Math.abs(values[i]! - values[j]!);
  for (let split = from + 1; split <= to - minSize; split++) {
    const moved = values[split - 1]!;
    let toLeft = 0;
    let toRight = 0;
    for (let i = from; i < split - 1; i++) toLeft += Math.abs(values[i]! - moved);
    for (let i = split; i < to; i++) toRight += Math.abs(values[i]! - moved);
    within1 += toLeft;
    within2 -= toRight;
    between += toRight - toLeft;
    const n1 = split - from;
    const n2 = to - split;
    if (n1 < minSize) continue;
    const pairs1 = n1 > 1 ? (n1 * (n1 - 1)) / 2 : 1;
    const pairs2 = n2 > 1 ? (n2 * (n2 - 1)) / 2 : 1;
    const statistic = ((n1 * n2) / n) * ((2 * between) / (n1 * n2) - within1 / pairs1 - within2 / pairs2);
    if (statistic > best.statistic) best = { index: split, statistic };
  }
  return best;
}

export function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
}
