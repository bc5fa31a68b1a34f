/**
 * Every test must assert something: a test that finds nothing to check (an empty list, a page that is
 * missing) fails instead of passing silently.
 */
import { beforeEach, expect } from 'vitest';

beforeEach(() => {
  expect.hasAssertions();
});
