// Regenerates the workflow screenshots in docs/images/ (merge review, conflict, alerts, restore, delete,
// phone) by running the browser test of the clinician workflow with its screenshot folder set there.
// Usage: npm run screenshots
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['vitest', 'run', 'test/e2e/workflow.e2e.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, HELIOTROPE_SCREENSHOTS: 'docs/images/workflow' },
});
process.exit(r.status ?? 1);
