// Builds assets/map/indo-pacific-land.json from Natural Earth land polygons (world-atlas TopoJSON).
//
// Usage (in a scratch folder, not in the repository):
//   npm install world-atlas@2 topojson-client@3
//   NODE_PATH=./node_modules node build-map.cjs node_modules/world-atlas/land-50m.json > indo-pacific-land.json
//
// Steps: TopoJSON -> GeoJSON rings; rings east of the antimeridian are also tried shifted by +360 so the
// Pacific is continuous; each ring is clipped to the bounding box (Sutherland-Hodgman), simplified with
// Douglas-Peucker and rounded to 0.01 degree. Output: {"source", "bbox": [west, south, east, north],
// "rings": [[lon, lat, lon, lat, ...], ...]} with longitudes in 0..360.
'use strict';
const fs = require('fs');
const topojson = require('topojson-client');

const BBOX = [75, -32, 235, 62]; // west, south, east (0..360), north: a margin around the default view
const TOLERANCE = 0.03;          // degrees, Douglas-Peucker
const MIN_AREA = 0.02;           // square degrees; smaller islands are dropped

const topology = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const land = topojson.feature(topology, topology.objects.land);

function clip(ring, edge) {
  // edge: [isInside(p), intersect(a, b)]
  const [inside, cut] = edge;
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cut(prev, cur));
    }
  }
  return out;
}

function atX(x) {
  return (a, b) => [x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])];
}

function atY(y) {
  return (a, b) => [a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y];
}

const EDGES = [
  [p => p[0] >= BBOX[0], atX(BBOX[0])],
  [p => p[0] <= BBOX[2], atX(BBOX[2])],
  [p => p[1] >= BBOX[1], atY(BBOX[1])],
  [p => p[1] <= BBOX[3], atY(BBOX[3])],
];

function clipToBox(ring) {
  let r = ring;
  for (const edge of EDGES) {
    if (r.length === 0) break;
    r = clip(r, edge);
  }
  return r;
}

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

function simplify(points, tol) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let max = 0;
    let index = -1;
    for (let i = s + 1; i < e; i++) {
      const d = perpendicular(points[i], points[s], points[e]);
      if (d > max) { max = d; index = i; }
    }
    if (max > tol && index > 0) {
      keep[index] = 1;
      stack.push([s, index], [index, e]);
    }
  }
  return points.filter((p, i) => keep[i]);
}

function area(ring) {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    a += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(a) / 2;
}

const rings = [];
function addRing(ring) {
  for (const shift of [0, 360]) {
    const shifted = ring.map(p => [p[0] + shift, p[1]]);
    const clipped = clipToBox(shifted);
    if (clipped.length < 3 || area(clipped) < MIN_AREA) continue;
    const simple = simplify(clipped, TOLERANCE);
    if (simple.length < 3) continue;
    const flat = [];
    for (const p of simple) flat.push(Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100);
    rings.push(flat);
  }
}

for (const feature of land.features) {
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const polygon of polygons) {
    // Outer rings only: lakes are not drawn at this scale.
    addRing(polygon[0]);
  }
}

process.stdout.write(JSON.stringify({
  source: 'Natural Earth 1:50m land (public domain), via the world-atlas package, clipped and simplified',
  bbox: BBOX,
  rings,
}));
