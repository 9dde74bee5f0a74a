// Puts the server jar where the .vsix takes it from (server/plumbline.jar): copied from the Maven
// build's server/target/plumbline.jar when that one is there. Runs before every `vsce package`.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(client, '..', 'server', 'target', 'plumbline.jar');
const bundled = join(client, 'server', 'plumbline.jar');

if (existsSync(built)) {
  mkdirSync(dirname(bundled), { recursive: true });
  copyFileSync(built, bundled);
  console.log(`copied ${built} into the extension`);
} else if (!existsSync(bundled)) {
  console.error('No server jar: build it first with `./mvnw -DskipTests package` in the repository root.');
  process.exit(1);
}
