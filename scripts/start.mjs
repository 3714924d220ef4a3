// `npm start`: the production server, building first when there is no build yet, so that
// `npm install && npm start` is all a newcomer needs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { brandingChanged, stampBranding } from '../lib/shop/branding-stamp.mjs';
import { ROOT, baseEnv, hasBuild, runNext } from './lib/server.mjs';

const env = baseEnv({ NODE_ENV: 'production' });
const distDir = process.env.NEXT_DIST_DIR || '.next';

if (!hasBuild(distDir)) {
  console.log(`No production build in ${distDir}/ yet: building (takes a minute or two)…`);
  await build();
} else if (brandingChanged(distDir, env)) {
  console.log(`The shop's branding (SHOP_*) changed since the build in ${distDir}/: building again so every page shows it…`);
  await build();
}

async function build() {
  await runNext(['build'], env);
  stampBranding(distDir, env);
}

const port = process.env.PORT || '3000';
const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', port], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
