/** The parts of structured-data-testing-tool (which ships no types) that the tests use. */
declare module 'structured-data-testing-tool' {
  export function structuredDataTest(input: string, options: { presets?: unknown[] }): Promise<unknown>;
}
declare module 'structured-data-testing-tool/presets' {
  export const Google: unknown;
  export const Twitter: unknown;
  export const Facebook: unknown;
}
