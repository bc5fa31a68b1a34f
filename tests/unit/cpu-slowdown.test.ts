/** The benchmark's CPU calibration follows the calculator Lighthouse's throttling guide links to. */
import { describe, expect, it } from 'vitest';
import { slowdownForBenchmarkIndex } from '../../bench/lib/cpu-slowdown.mjs';

describe('slowdownForBenchmarkIndex', () => {
  it.each([
    [2000, 6],
    [1533, 4],
    [1300, 3],
    [1050, 2.5],
    [800, 2],
    [150, 1],
    [100, 1],
  ])('index %d -> %dx', (index, slowdown) => {
    expect(slowdownForBenchmarkIndex(index)).toBeCloseTo(slowdown, 2);
  });

  it('rejects a missing index', () => {
    expect(() => slowdownForBenchmarkIndex(Number.NaN)).toThrow(/benchmark index/);
  });
});
