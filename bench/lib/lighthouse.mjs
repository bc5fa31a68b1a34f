// Shared by the Lighthouse benchmarks: the built site served as a CDN would, Debian's Chromium started
// for Lighthouse (and always stopped), and one Lighthouse run with the bench's throttling.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling as THROTTLING } from 'lighthouse/core/config/constants.js';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/support/chromium-binary.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Writes .br and .gz beside every text file, as a CDN serves them. */
export function precompress(dir) {
  for (const file of walk(dir)) {
    if (!['.html', '.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt', '.webmanifest'].includes(extname(file))) continue;
    const data = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  }
}

export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts the machine's Chromium for Lighthouse, with the tests' flags. chrome-launcher starts it detached, so it is killed when this
 * process ends, however it ends; `stop()` kills it sooner.
 */
export async function launchChromium() {
  let chrome;
  const stop = () => {
    if (!chrome) return;
    try {
      process.kill(chrome.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  return { port: chrome.port, stop };
}

/**
 * One Lighthouse run (mobile emulation, Lighthouse's simulated network, the given CPU slowdown); it now
 * and then fails to record a trace (NO_NAVSTART…): try again before giving up.
 */
export async function lighthouseRun(url, port, cpuSlowdownMultiplier, onlyCategories = CATEGORIES) {
  let runner;
  const throttling = { ...THROTTLING.mobileSlow4G, cpuSlowdownMultiplier };
  for (let attempt = 1; attempt <= 3; attempt++) {
    runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories, throttling });
    if (!runner.lhr.runtimeError) return { lhr: runner.lhr, artifacts: runner.artifacts };
    process.stdout.write(`(${runner.lhr.runtimeError.code}, again) `);
  }
  throw new Error(`${url}: ${runner.lhr.runtimeError.message}`);
}

/** The inputs Lighthouse's computed metrics take, from a run's artifacts, at another CPU slowdown if asked. */
export function metricInputs(artifacts, cpuSlowdownMultiplier = artifacts.settings.throttling.cpuSlowdownMultiplier) {
  const settings = { ...artifacts.settings, throttling: { ...artifacts.settings.throttling, cpuSlowdownMultiplier } };
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings,
    URL: artifacts.URL,
    SourceMaps: artifacts.SourceMaps,
    HostDPR: artifacts.HostDPR,
    simulator: null,
  };
  return { data, context: { computedCache: new Map(), settings } };
}
