/**
 * The site's identity (content/site.yaml): its name, tagline, public origin and language. Read once at
 * build time, on the server only; every page, feed, share card and chart credit names the site from here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const siteSchema = z
  .object({
    name: z.string().min(1),
    tagline: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as "en" or "en-GB"'),
  })
  .strict();

export type SiteIdentity = z.infer<typeof siteSchema>;

const SITE_FILE = 'content/site.yaml';

export function readSite(projectRoot: string = process.cwd()): SiteIdentity {
  const result = siteSchema.safeParse(parse(readFileSync(resolve(projectRoot, SITE_FILE), 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `field "${issue.path.join('.') || '(file)'}": ${issue.message}`);
    throw new Error(`${SITE_FILE}: ${problems.join('; ')}`);
  }
  return result.data;
}

export const SITE = readSite();
