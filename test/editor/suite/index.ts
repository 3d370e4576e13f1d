/**
 * Entry point of the editor tests, loaded by VS Code's extension host
 * (`extensionTestsPath`): runs every `*.test.js` next to it with mocha and
 * resolves when they pass, rejects when any fails.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const dir = __dirname;
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      // A plain closing line that the test script sums with the other suites.
      console.log(`editor tests: ${failures === 0 ? 'all passed' : `${failures} failed`}`);
      if (failures > 0) reject(new Error(`${failures} editor tests failed`));
      else resolve();
    });
  });
}
