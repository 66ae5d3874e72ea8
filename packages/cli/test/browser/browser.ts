import { existsSync } from 'node:fs'
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'

/** Debian's chromium, which .ci/run installs with apt-get when it is missing. */
export const CHROMIUM = process.env.ECHT_CHROMIUM ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests need Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does), or set ECHT_CHROMIUM`)
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
export const bin = fileURLToPath(new URL('../../bin/echt.js', import.meta.url))

export interface ServeProcess {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Starts the real `echt serve` on a free port and waits for the address it prints. */
export function startServe(args: string[], cwd = repoRoot): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`echt serve did not start:\n${output}`))
    }, 30_000)
    const onData = (data: Buffer) => {
      output += String(data)
      const match = /http:\/\/[^\s]+\//.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve({
        url: match[0],
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (data: Buffer) => (output += String(data)))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`echt serve exited with ${code}:\n${output}`))
    })
  })
}
