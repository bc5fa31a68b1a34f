/**
 * Drops projected points closer than `tolerance` pixels to the last point kept (radial-distance
 * simplification), so a 1:50m border costs no more bytes than the screen can show. It wraps a d3-geo
 * projection's stream, so it runs after clipping and in pixel space; each line keeps its last point.
 */
import type { GeoProjection, GeoStream } from 'd3-geo';

function filter(sink: GeoStream, tolerance: number): GeoStream {
  let inLine = false;
  let first = true;
  let lastX = 0;
  let lastY = 0;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (!inLine) return sink.point(x, y);
      if (!first && Math.hypot(x - lastX, y - lastY) < tolerance) {
        pending = [x, y];
        return;
      }
      first = false;
      pending = null;
      lastX = x;
      lastY = y;
      sink.point(x, y);
    },
    lineStart() {
      inLine = true;
      first = true;
      pending = null;
      sink.lineStart();
    },
    lineEnd() {
      if (pending) sink.point(pending[0], pending[1]);
      inLine = false;
      sink.lineEnd();
    },
    polygonStart() {
      sink.polygonStart();
    },
    polygonEnd() {
      sink.polygonEnd();
    },
    sphere() {
      sink.sphere?.();
    },
  };
}

/** A stand-in for `projection` in geoPath that simplifies what it draws. */
export function simplified(projection: GeoProjection, tolerance: number): { stream: (sink: GeoStream) => GeoStream } {
  return { stream: (sink) => projection.stream(filter(sink, tolerance)) };
}
