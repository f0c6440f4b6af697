// Starts the packaged application on an in-memory database and a free port, for browser tests.
import { spawn } from 'node:child_process';
import { readdirSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function applicationJar() {
  const jar = readdirSync(join(root, 'target')).find((f) => /^salesflow-.*\.jar$/.test(f));
  if (!jar) {
    throw new Error('no application jar in target/: run mvn verify first');
  }
  return join(root, 'target', jar);
}

export async function startSalesflow() {
  const port = await freePort();
  mkdirSync(join(root, 'target', 'browser'), { recursive: true });
  const log = openSync(join(root, 'target', 'browser', 'salesflow.log'), 'w');
  // The JVM keeps time in the working calendar's zone, or Salesflow runs no timers.
  const app = spawn('java', ['-Xmx512m', '-Duser.timezone=Asia/Shanghai', '-jar', applicationJar(),
    `--server.port=${port}`,
    '--spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1'], { stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 180; i++) {
    if (app.exitCode !== null) {
      throw new Error('Salesflow exited; see target/browser/salesflow.log');
    }
    try {
      if ((await fetch(`${url}/actuator/health`)).ok) {
        return { url, stop: () => app.kill() };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  app.kill();
  throw new Error('Salesflow did not become healthy within 90 seconds');
}

/** Calls Salesflow's API as a demo user (password demo). */
export async function api(url, user, method, path, body) {
  const response = await fetch(url + path, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'),
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
