// Prints the figures of Lighthouse JSON reports, one line a page:
// performance, accessibility and best-practices scores, and time to interactive.
// usage: node report.mjs REPORT.json [REPORT.json …]
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const seconds = (id) => ((report.audits[id]?.numericValue ?? NaN) / 1000).toFixed(2);
  const url = new URL(report.finalDisplayedUrl ?? report.requestedUrl);
  console.log(
    `  ${(url.host + url.pathname).padEnd(36)} performance ${String(score('performance')).padStart(3)}   `
      + `accessibility ${String(score('accessibility')).padStart(3)}   best practices ${String(score('best-practices')).padStart(3)}   `
      + `time to interactive ${seconds('interactive')} s   largest contentful paint ${seconds('largest-contentful-paint')} s`,
  );
  const failed = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) => report.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)))
    .map((a) => a.id);
  if (failed.length) console.log(`    not passed: ${failed.join(', ')}`);
}
