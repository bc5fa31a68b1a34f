/**
 * Turns a schema's verdict on one entry into one ContentError per problem, each naming its field in one
 * style (`reports[0].value.max`). An unknown key is named as the field itself, so a typo (`excerp:`)
 * is never hidden behind another problem.
 */
import type { z } from 'astro/zod';
import { ContentError } from '../content-error';

/** A field path as every content error writes it: `reports[0].value.max`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('') || '(entry)';
}

/** `in "ru-claim": ` when the field lies inside a list item with an id of its own (a figure's report), else nothing. */
function itemNamed(data: unknown, path: readonly PropertyKey[]): string {
  let node = data;
  let named = '';
  for (const key of path) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
    const id = typeof key === 'number' ? (node as { id?: unknown } | undefined)?.id : undefined;
    if (typeof id === 'string') named = `in "${id}": `;
  }
  return named;
}

function issueErrors(issue: z.core.$ZodIssue, data: unknown, file: string, entry: string): ContentError[] {
  const inItem = itemNamed(data, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => new ContentError(file, entry, fieldPath([...issue.path, key]), `${inItem}unknown key (a typo, or a field this kind of entry does not have)`));
  }
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return [new ContentError(file, entry, fieldPath(issue.path), `${inItem}${missing ? `missing: this field is required (${issue.expected})` : issue.message}`)];
}

/** Validates `data` with `schema`; returns the parsed value or every problem, unknown keys first. */
export function checkEntry<S extends z.ZodType>(schema: S, data: unknown, file: string, entry: string): { value?: z.infer<S>; errors: ContentError[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, errors: [] };
  const issues = [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  return { errors: issues.flatMap((issue) => issueErrors(issue, data, file, entry)) };
}
