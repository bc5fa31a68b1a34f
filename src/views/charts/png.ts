/**
 * PNG from a standalone chart SVG, with resvg. resvg draws text only with fonts it has loaded, so it
 * loads the system's fonts and falls back to DejaVu Sans, the face the SVG asks for first.
 */
import { Resvg } from '@resvg/resvg-js';

/** Renders at twice the SVG's width, for sharp text on high-density screens and in slides. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 960);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
