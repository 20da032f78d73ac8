import { mkdirSync, writeFileSync } from 'node:fs'

// Every bench ends the same way: its table printed and kept in bench/results/ (docs/performance.md
// quotes them), and a failure reported with a non-zero exit.

/** Prints the bench's markdown table and keeps it as bench/results/<name>.md. */
export function saveBenchResults(name: string, table: string): void {
  console.log(`\n${table}`)
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(`bench/results/${name}.md`, `${table}\n`)
}

/** Runs a bench's main function; an error is printed and ends the process with exit code 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
