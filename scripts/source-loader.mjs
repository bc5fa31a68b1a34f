// Vite only to load the project's TypeScript sources in a script, as the build does; it serves nothing.
// Dependency discovery is off: it would scan every HTML file under the project (a test's build output in
// tmp/ too, which another test may be deleting) and print its failures, and ssrLoadModule needs none of it.
import { createServer } from 'vite';

/** A Vite server for `ssrLoadModule`; close it when done. */
export function sourceLoader(root) {
  return createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}
