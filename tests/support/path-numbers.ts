/** The numbers of an SVG path string, in order (for tests that read where a line or mark is drawn). */
export const numbers = (path: string): number[] => (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
