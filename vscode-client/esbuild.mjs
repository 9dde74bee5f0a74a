// Bundles the extension (and the in-editor test suite) into single CommonJS files; `vscode` stays external.
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
};

await esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', minify: true });
await esbuild.build({ ...common, entryPoints: ['test/integration/suite/index.ts'], outfile: 'out/harness/suite/index.js' });
