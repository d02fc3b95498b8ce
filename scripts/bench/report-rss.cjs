// Preloaded into benchmarked processes: reports the peak resident set size when the process exits.
'use strict';
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
