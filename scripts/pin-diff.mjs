#!/usr/bin/env node
// Compares two pin files written by tests/pin.rs (one JSON answer per form and language)
// and prints, per tool, how many answers changed and the first differences, field by field.
//   node scripts/pin-diff.mjs target/pin/before.jsonl target/pin/after.jsonl [--show N]
import { readFileSync } from 'node:fs';

const [a, b, ...rest] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/pin-diff.mjs <before.jsonl> <after.jsonl> [--show N]');
  process.exit(2);
}
const show = Number(rest[rest.indexOf('--show') + 1] ?? 5) || 5;
const read = (f) => new Map(readFileSync(f, 'utf8').trim().split('\n').map((l) => {
  const d = JSON.parse(l);
  return [`${d.tool} ${d.i} ${d.lang}`, d.answer];
}));
const before = read(a);
const after = read(b);

// Paths where two JSON values differ, e.g. "situations[1].lines[2].amount: 12.00 → 13.00".
function diff(x, y, path, out) {
  if (out.length > 20) return;
  if (typeof x !== typeof y || Array.isArray(x) !== Array.isArray(y) || x === null || y === null) {
    if (x !== y) out.push(`${path}: ${JSON.stringify(x)?.slice(0, 120)} → ${JSON.stringify(y)?.slice(0, 120)}`);
    return;
  }
  if (typeof x !== 'object') {
    if (x !== y) out.push(`${path}: ${JSON.stringify(x).slice(0, 160)} → ${JSON.stringify(y).slice(0, 160)}`);
    return;
  }
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) diff(x[k], y[k], Array.isArray(x) ? `${path}[${k}]` : `${path}.${k}`, out);
}

const changed = {};
let shown = 0;
for (const [key, va] of before) {
  const tool = key.split(' ')[0];
  changed[tool] ??= { total: 0, changed: 0 };
  changed[tool].total++;
  const vb = after.get(key);
  const out = [];
  diff(va, vb, '', out);
  if (out.length) {
    changed[tool].changed++;
    if (shown++ < show) console.log(`\n${key}\n  ${out.join('\n  ')}`);
  }
}
console.log('\n' + Object.entries(changed).map(([t, c]) => `${t}: ${c.changed} of ${c.total} answers changed`).join('\n'));
