// Loaded into the api with `node --import` by the throughput benchmark's --profile: the V8 CPU
// profiler (what `--cpu-prof` uses) started and stopped on request, so the profile covers exactly
// one measured phase instead of start-up, migrations and seeding. `--cpu-prof` itself writes on
// exit, which a Nest process stopped by SIGTERM never reaches (it re-raises the signal), and Nest's
// shutdown hooks take SIGUSR2 too — so the request is a file: `<profile>.start`, then `<profile>.stop`.
// One variable reaches the api, the worker and (embedded mode) the launcher that holds PGlite, so a
// `{process}` in the path is replaced by which one this is: each writes its own profile.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const role = /\/apps\/([^/]+)\//.exec(process.argv[1] ?? '')?.[1] ?? 'launcher';
const target = process.env.PARKFLOW_CPU_PROFILE?.replaceAll('{process}', role);
if (target) {
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  let state = 'idle';
  setInterval(() => {
    if (state === 'idle' && existsSync(`${target}.start`)) {
      state = 'starting';
      rmSync(`${target}.start`, { force: true });
      void post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 1000 }))
        .then(() => post('Profiler.start'))
        .then(() => (state = 'running'));
    } else if (state === 'running' && existsSync(`${target}.stop`)) {
      state = 'stopping';
      rmSync(`${target}.stop`, { force: true });
      void post('Profiler.stop').then(({ profile }) => {
        writeFileSync(target, JSON.stringify(profile));
        state = 'done';
      });
    }
  }, 20).unref();
}
