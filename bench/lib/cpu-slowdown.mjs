// Lighthouse's mobile emulation slows the CPU by a fixed 4x, a figure chosen to turn a high-end desktop
// (benchmark index 1500-2000) into a mid-tier phone. On a slower host the same 4x emulates a slower
// phone than intended, and the host's speed here swings (index 750-2000 on the same machine within a
// day). Lighthouse's throttling guide says to calibrate the multiplier to the host's benchmark index:
// https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#calibrating-the-cpu-slowdown
// The mapping below is that of the calculator the guide links to
// (patrickhulce/lighthouse-cpu-throttling-calculator): index 2000 -> 6x, 1533 -> 4x, 1300 -> 3x,
// 800 -> 2x, 150 -> 1x, linear in between.

export const LIGHTHOUSE_DEFAULT_SLOWDOWN = 4;

/** The CPU slowdown that makes a host with this benchmark index emulate Lighthouse's mid-tier phone. */
export function slowdownForBenchmarkIndex(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`Not a benchmark index: ${benchmarkIndex}`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
