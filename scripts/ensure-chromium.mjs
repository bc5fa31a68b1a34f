// Makes sure a Chromium for the browser tests exists, installing Debian's package when it can.
// Order: $CHROMIUM_PATH, chromium/chromium-browser/google-chrome on PATH, then `apt-get install chromium`
// (as root on Debian/Ubuntu). Prints the path it found; fails with instructions otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found() {
  return candidates.find((path) => path && existsSync(path));
}

let path = found();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian’s chromium package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = found();
  }
}
if (!path) {
  console.error(
    'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install ' +
      'Chrome or Chromium) and, if it is not at /usr/bin/chromium, set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${path}`);
