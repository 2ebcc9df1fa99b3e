// `npm run bench:lessons`: does every lesson keep its promises? Each claim of each lesson step
// (src/lessons/*.json, core/lessonClaims.ts) is replayed under Node on the app's engine (WASM by
// default): the step's setup, seeds 1…N (or the one seed a lesson shows), checked every CHECK_EVERY
// steps. Prints one row per claim, the count measured beside the count the text states, and fails
// (exit code 1) when a claim holds on fewer seeds than its text says.
//
//   npm run bench:lessons -- [--lessons bimodal-collapse,single-gaussian] [--backend wasm|cpu] [--out file.json]
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { claimHolds, claimSeeds, type LessonClaim } from '../core/lessonClaims';
import { lessonSetup, loadLessons } from '../core/lessons';
import type { BackendName } from '../core/protocol';
import { normalizeSettings } from '../core/settings';
import { trainSeeds } from './seedRuns';

const CHECK_EVERY = 100;
const LESSONS_DIR = join(import.meta.dirname, '..', 'lessons');

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

interface ClaimResult {
  lesson: string;
  step: number;
  claim: LessonClaim;
  /** Seeds on which it held, of the seeds replayed. */
  measured: number;
  seeds: number;
  /** The seeds on which it did not hold. */
  missed: number[];
  ok: boolean;
  seconds: number;
}

const describeClaim = (c: LessonClaim): string =>
  [
    c.outcome,
    c.value !== undefined ? String(c.value) : '',
    `by ${c.by}`,
    c.seed !== undefined ? `seed ${c.seed}` : '',
    c.settings ? JSON.stringify(c.settings) : '',
  ]
    .filter(Boolean)
    .join(' ');

async function main() {
  const started = performance.now();
  const backend = arg('backend', 'wasm') as BackendName;
  const only = arg('lessons', '').split(',').filter(Boolean);
  await tf.setBackend(backend);
  await tf.ready();
  const files = readdirSync(LESSONS_DIR).filter((f) => f.endsWith('.json'));
  const { lessons, problems } = loadLessons(
    Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(LESSONS_DIR, f), 'utf8'))])),
  );
  if (problems.length > 0) throw new Error(`lesson files with problems:\n${problems.join('\n')}`);
  const unknown = only.filter((id) => !lessons.some((l) => l.id === id));
  if (unknown.length > 0) throw new Error(`no lesson ${unknown.join(', ')}`);

  const results: ClaimResult[] = [];
  console.log(`backend ${tf.getBackend()}; checks every ${CHECK_EVERY} steps`);
  console.log('lesson                  step  claim                                              measured  text   ');
  for (const lesson of lessons.filter((l) => only.length === 0 || only.includes(l.id)))
    for (const [i, step] of lesson.steps.entries())
      for (const claim of step.claims ?? []) {
        const t0 = performance.now();
        const setup = normalizeSettings({ ...lessonSetup(lesson, i), ...claim.settings });
        const seeds = claimSeeds(claim);
        const steps = Math.ceil(claim.by / CHECK_EVERY) * CHECK_EVERY;
        const runs = await trainSeeds(setup, seeds, {
          steps,
          checkEvery: CHECK_EVERY,
          backend,
          models: 32,
          engine: 'batched',
        });
        const missed = runs.filter((r) => !claimHolds(claim, r.checks)).map((r) => r.seed);
        const measured = runs.length - missed.length;
        const result: ClaimResult = {
          lesson: lesson.id,
          step: i + 1,
          claim,
          measured,
          seeds: runs.length,
          missed,
          ok: measured >= claim.holds,
          seconds: (performance.now() - t0) / 1000,
        };
        results.push(result);
        console.log(
          [
            lesson.id.padEnd(22),
            String(i + 1).padStart(5),
            ` ${describeClaim(claim)}`.padEnd(52),
            `${measured}/${runs.length}`.padStart(8),
            `${claim.holds}/${claim.seeds}`.padStart(6),
            result.ok
              ? measured > claim.holds
                ? ' ok (text says less)'
                : ' ok'
              : ` FAILS (missed seeds ${missed.join(', ')})`,
            ` ${result.seconds.toFixed(0)} s`,
          ].join(' '),
        );
      }
  const failed = results.filter((r) => !r.ok);
  const json = { backend: tf.getBackend(), checkEvery: CHECK_EVERY, results };
  console.log(`LESSONS_JSON ${JSON.stringify(json)}`);
  const out = arg('out', '');
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(json, null, 2));
  }
  console.log(
    `\n${results.length} claims, ${failed.length} failing; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
  );
  if (failed.length > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
