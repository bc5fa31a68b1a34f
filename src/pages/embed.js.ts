/** /embed.js: the optional script a host page adds beside the iframe so it sizes itself to the chart. */
import { parentResizeScript } from '../views/charts/embed';

export function GET() {
  return new Response(parentResizeScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
