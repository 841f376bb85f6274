// `npm run test:security`: Electronegativity over the repository's code and the built page, with the
// project's Electron version. Prints every finding; fails on one of medium severity or worse that no
// one has reviewed. Run after `npm run build`: the page's CSP <meta> is written in at build time.
import run from '@doyensec/electronegativity';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// What is scanned: the app's code (Electron main, preload, renderer), the scripts and tests around it,
// and the built page. Copied to one folder, so left-overs (test-results/, release/) are not scanned.
const SCANNED = ['main', 'renderer', 'scripts', 'tests', 'package.json', 'dist/renderer'];
// Excluded: AvailableSecurityFixesGlobalCheck fetches Electron's release list (no internet here);
// RemoteModuleJSCheck is about the remote module, which left Electron in version 14.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck', 'RemoteModuleJSCheck'];
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
// Findings a person has reviewed, by check and file, with why they stand. Electronegativity marks
// these "review required": reminders, not faults. Each is printed on every run, and the same check
// in any other file fails until someone reviews it too.
const REVIEWED = {
  'PRELOAD_JS_CHECK main/shell/window.ts':
    'reported for any window with a preload. Ours (main/preload.ts) runs sandboxed with context ' +
    'isolation and exposes only one invoker per call of the contract; main checks the sender and ' +
    'parses every argument.',
};

if (!existsSync('dist/renderer/index.html')) {
  console.error('test:security reads the built page: run "npm run build" first.');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electron = /\d+\.\d+\.\d+/.exec(pkg.devDependencies.electron)?.[0];
const tree = mkdtempSync(join(tmpdir(), 'kiosk-electronegativity-'));
try {
  for (const path of SCANNED) {
    cpSync(path, join(tree, path), { recursive: true, filter: (from) => !from.includes('node_modules') });
  }
  const started = Date.now();
  const result = await run({
    input: tree,
    excludeFromScan: EXCLUDED.map((check) => check.toLowerCase()),
    // The README calls it electronVersion; version 1.10.3 reads electronVersionOverride.
    electronVersionOverride: electron,
    electronVersion: electron,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  for (const { file, message } of result.errors)
    console.log(`could not parse ${relative(tree, file)}: ${message}`);
  const findings = result.issues.map((issue) => {
    const file = issue.file === 'N/A' ? '(whole app)' : relative(tree, issue.file);
    return {
      severity: issue.severity.name,
      line: `${issue.id} ${file}:${issue.location.line}:${issue.location.column}: ${issue.description}`,
      review: REVIEWED[`${issue.id} ${file}`],
    };
  });
  for (const finding of findings) {
    console.log(`${finding.severity.padEnd(13)} ${finding.line}`);
    if (finding.review) console.log(`${''.padEnd(13)} reviewed: ${finding.review}`);
  }
  const serious = findings.filter((finding) => FAILING.has(finding.severity));
  const failing = serious.filter((finding) => !finding.review);
  console.log(
    `Electronegativity (Electron ${electron}, ${result.atomicChecks} checks + ${result.globalChecks} global): ` +
      `${findings.length} finding(s), ${serious.length} of medium severity or worse ` +
      `(${serious.length - failing.length} reviewed, ${failing.length} not), in ${seconds} s.`,
  );
  process.exitCode = failing.length > 0 ? 1 : 0;
} finally {
  rmSync(tree, { recursive: true, force: true });
}
