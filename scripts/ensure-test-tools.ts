// `npm test` runs this first (pretest): the system programs the tests drive must be there before
// any test runs. As root on Debian it installs what is missing (as .ci/run does); anywhere else it
// stops with one line saying what to install, instead of dozens of "executable doesn't exist" errors.
//   chromium       end-to-end tests (Playwright drives Debian's Chromium; CHROMIUM_PATH overrides)
//   poppler-utils  pdftoppm: PDFs (participant cards, later certificates) rendered to check them
//   zbar-tools     zbarimg: QR codes on those PDFs decoded
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'

type Tool = { command: string; debianPackage: string; path?: string }

const TOOLS: Tool[] = [
  { command: 'chromium', debianPackage: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  { command: 'pdftoppm', debianPackage: 'poppler-utils' },
  { command: 'zbarimg', debianPackage: 'zbar-tools' },
]

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}
const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
const isInstalled = (tool: Tool) => (tool.path ? isExecutable(tool.path) : onPath(tool.command))

const missing = () => TOOLS.filter((tool) => !isInstalled(tool))

function installWithApt(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  console.log(`[test set-up] installing ${packages.join(', ')} (apt-get, as root)…`)
  const update = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
  if (update.status !== 0) return false
  return spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0
}

let absent = missing()
const canInstall = process.getuid?.() === 0 && onPath('apt-get')
if (absent.length && canInstall && installWithApt(absent.map((t) => t.debianPackage))) absent = missing()
if (absent.length) {
  const packages = absent.map((t) => t.debianPackage).join(' ')
  console.error(`Tests need ${absent.map((t) => t.command).join(', ')}: install them first (Debian/Ubuntu: sudo apt-get install -y ${packages}), then run npm test again.`)
  process.exit(1)
}
