/** The parts of a V8 .cpuprofile this summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** One row of the summary: a function (name, file, line) and the time spent in its own code. */
export interface ProfileRow {
  fn: string;
  where: string;
  selfMs: number;
  share: number;
}

/** Sums self time per function over a CPU profile and returns the top `limit` functions, largest first. */
export function summarizeProfile(profile: CpuProfile, limit = 25): ProfileRow[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    total += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*\/(packages|apps|node_modules)\//, '$1/')}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const row = self.get(key) ?? { fn: functionName || '(anonymous)', where, us: 0 };
    row.us += dt;
    self.set(key, row);
  });
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, limit)
    .map((r) => ({ fn: r.fn, where: r.where, selfMs: r.us / 1000, share: total ? r.us / total : 0 }));
}
