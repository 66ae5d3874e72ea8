// The machine's own ceiling for two threads of this work: two independent `echt check --jobs 1`
// processes, each on one half (--shard 1/2, 2/2), started together. No worker threads involved.
import { spawn } from 'node:child_process'

const [echtBin, ...args] = process.argv.slice(2)
const run = (shard) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [echtBin, ...args, '--jobs', '1', '--shard', shard], { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`echt --shard ${shard} exited with ${code}`))))
  })
await Promise.all([run('1/2'), run('2/2')])
