// Prints the figures of Lighthouse JSON reports, one line a page: the median
// run by performance score (with the lowest and highest of the runs), its
// accessibility and best-practices scores, time to interactive, largest
// contentful paint and total blocking time.
// usage: node report.mjs REPORT.json [REPORT.json …] (several runs of a page are grouped)
import { readFileSync } from 'node:fs';

const runsByPage = new Map();
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const url = new URL(report.finalDisplayedUrl ?? report.requestedUrl);
  const page = url.host + url.pathname;
  runsByPage.set(page, [...(runsByPage.get(page) ?? []), report]);
}

for (const [page, runs] of runsByPage) {
  const score = (report, id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const seconds = (report, id) => ((report.audits[id]?.numericValue ?? NaN) / 1000).toFixed(2);
  const sorted = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const median = sorted[Math.floor(sorted.length / 2)];
  const lowest = score(sorted[0], 'performance');
  const highest = score(sorted[sorted.length - 1], 'performance');
  console.log(
    `  ${page.padEnd(36)} performance ${String(score(median, 'performance')).padStart(3)} `
      + `(median of ${runs.length}, ${lowest}–${highest})   `
      + `accessibility ${String(score(median, 'accessibility')).padStart(3)}   best practices ${String(score(median, 'best-practices')).padStart(3)}   `
      + `time to interactive ${seconds(median, 'interactive')} s   largest contentful paint ${seconds(median, 'largest-contentful-paint')} s   `
      + `total blocking time ${Math.round(median.audits['total-blocking-time']?.numericValue ?? NaN)} ms`,
  );
  const failed = Object.values(median.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) => median.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)))
    .map((a) => a.id);
  if (failed.length) console.log(`    not passed: ${failed.join(', ')}`);
}
