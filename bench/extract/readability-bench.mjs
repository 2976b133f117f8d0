// Times Mozilla Readability 0.6 over a folder of *.html.gz pages on one DOM (linkedom or jsdom).
// Usage: node readability-bench.mjs linkedom|jsdom DIR [WARMUP_ROUNDS]
// Prints "readability-<dom>: N pages in S s, P pages/s". Pages are read and gunzipped before timing,
// one unrecorded warm-up pass runs first (as for the JVM), and each page is parsed and extracted in the timed pass.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';

const [dom, dir, warmupArg] = process.argv.slice(2);
const warmup = Number(warmupArg ?? 1);
const pages = readdirSync(dir).filter(f => f.endsWith('.html.gz') || f.endsWith('.html')).sort()
  .map(f => { const b = readFileSync(join(dir, f)); return f.endsWith('.gz') ? gunzipSync(b).toString('utf8') : b.toString('utf8'); });

let parse;
if (dom === 'linkedom') {
  const { parseHTML } = await import('linkedom');
  parse = html => parseHTML(html).document;
} else if (dom === 'jsdom') {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const quiet = new VirtualConsole();
  parse = html => new JSDOM(html, { url: 'https://example.org/', virtualConsole: quiet }).window.document;
} else {
  throw new Error('bench: dom must be linkedom or jsdom');
}

function run() {
  let chars = 0;
  for (const html of pages) {
    try {
      const article = new Readability(parse(html)).parse();
      chars += article?.textContent?.length ?? 0;
    } catch (e) {
      // a page Readability cannot handle counts as done, as it would in a crawler
    }
  }
  return chars;
}

for (let i = 0; i < warmup; i++) run();
const start = process.hrtime.bigint();
run();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.error(`readability-${dom}: ${pages.length} pages in ${seconds.toFixed(2)} s, ${(pages.length / seconds).toFixed(1)} pages/s`);
