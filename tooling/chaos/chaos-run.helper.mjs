// The frame every fault run shares: a time cap that ends it with exit 2, its private stack and
// inspector, the settle-and-check after a load, and at the end the findings listed, the logs kept
// when something was found (or with --keep), everything stopped, and the exit code: 0 nothing
// found, 1 problems found, 2 the run itself failed or hit its cap.
import { afterRunChecks, openInspector, waitQuiet } from './chaos-checks.helper.mjs';
import { openChaosStack, say } from './chaos-stack.helper.mjs';

/**
 * Runs `body({ ctx, inspector, findings, t0 })` on a fresh private stack (`stack`: the options of
 * openChaosStack). `body` pushes what it finds onto `findings` and returns the tail of the
 * closing line (or nothing). Never returns: it exits the process.
 */
export async function runChaos({ capMs, intro, stack = {} }, body) {
  const cap = setTimeout(() => {
    say(`time cap of ${capMs / 1000} s reached: stopping`);
    process.exit(2);
  }, capMs);
  const t0 = Date.now();
  say(intro);
  const ctx = await openChaosStack(stack);
  const inspector = await openInspector(ctx);
  const findings = [];
  let exit = 2;
  try {
    const summary = await body({ ctx, inspector, findings, t0 });
    say(`${findings.length === 0 ? 'OK' : 'FOUND PROBLEMS'}: ${summary ? `${summary}; ` : ''}${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const f of findings) say(`  ${f}`);
    exit = findings.length === 0 ? 0 : 1;
  } finally {
    await inspector.close();
    await ctx.close({ keep: exit !== 0 || process.argv.includes('--keep') });
    if (exit !== 0) say(`kept ${ctx.work} (logs) for the findings`);
    clearTimeout(cap);
  }
  process.exit(exit);
}

/** After a load: wait until quiet (a finding when it is not within `timeoutMs`), then every check of chaos-checks; the figures printed. */
export async function settleAndCheck(inspector, load, findings, timeoutMs = 90_000) {
  const quiet = await waitQuiet(inspector, timeoutMs);
  say(`quiet after ${quiet.seconds.toFixed(1)} s: ${quiet.quiet ? 'yes' : `NO (${quiet.pendingOutbox} outbox rows pending, ${quiet.unrouted} items unrouted)`}`);
  if (!quiet.quiet) findings.push(`not quiet within ${timeoutMs / 1000} s after the load: ${JSON.stringify(quiet)}`);
  const checked = await afterRunChecks(inspector, load);
  say(`figures: ${JSON.stringify(checked.figures)}`);
  findings.push(...checked.findings);
}
