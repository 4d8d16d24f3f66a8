/**
 * Benjamini–Hochberg: which of m tests to call discoveries so that, on average, at most a
 * share `q` of them are false. Under the global null this also bounds the chance of any
 * false flag at q. Benjamini & Hochberg (1995), JRSS B 57:289–300.
 */
export const falseDiscoveryRate = 0.04;

export function benjaminiHochberg(pValues: number[], q = falseDiscoveryRate): boolean[] {
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  let cutoff = -1;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) / order.length) * q) cutoff = rank;
  });
  const flagged = pValues.map(() => false);
  for (let rank = 0; rank <= cutoff; rank += 1) {
    const entry = order[rank];
    if (entry) flagged[entry.index] = true;
  }
  return flagged;
}
