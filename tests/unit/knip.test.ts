/**
 * knip finds nothing: no unused file, export or dependency, and nothing imported but unlisted in
 * package.json. knip.jsonc names the entry points its plugins cannot see (the bench and scripts CLIs)
 * and says why each ignored dependency is needed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';

function knip(): { status: number; output: string } {
  try {
    const output = execFileSync(join(projectRoot, 'node_modules/.bin/knip'), ['--no-progress', '--reporter', 'compact'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('knip', () => {
  it('reports no unused file, export or dependency and no unlisted one', () => {
    const { status, output } = knip();
    expect(output.trim()).toBe('');
    expect(status).toBe(0);
  });
});
