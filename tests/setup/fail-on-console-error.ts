// A console.error during a test fails that test (as in the Epic Stack): React warnings, swallowed
// exceptions and logged failures are bugs, not noise. A test that expects one replaces the
// implementation itself, e.g. `vi.mocked(console.error).mockImplementation(() => {})`, and asserts
// on the calls; then the check below stands aside.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

const failOnCall = (...args: unknown[]) => {
  throw new Error(`console.error called: ${args.map(String).join(' ')}`)
}

let consoleError: MockInstance<typeof console.error>

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(failOnCall)
})

afterEach(() => {
  // The throw above can be swallowed by a try/catch in the code under test; the call record cannot.
  const calls = [...consoleError.mock.calls]
  const isStillOurs = consoleError.getMockImplementation() === failOnCall
  consoleError.mockRestore()
  if (isStillOurs && calls.length > 0) {
    throw new Error(`console.error called ${calls.length}× during the test; first: ${calls[0].map(String).join(' ')}`)
  }
})
