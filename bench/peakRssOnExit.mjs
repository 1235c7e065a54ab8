/**
 * Preloaded into a benchmarked process (`node --import`): as the process
 * exits, writes its peak resident memory (the kernel's maxRSS, the true peak
 * rather than a sample) to the file named by WAVESIM_BENCH_RSS_FILE, so a
 * bench can measure a command exactly as a user runs it.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.WAVESIM_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
