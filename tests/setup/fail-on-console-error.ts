// A console.error during a test fails that test (as in the Epic Stack): React warnings, swallowed
// exceptions and logged failures are bugs, not noise. A test that expects one mocks it itself.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

let consoleError: MockInstance<typeof console.error>

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  // The throw above can be swallowed by a try/catch in the code under test; the call record cannot.
  const calls = consoleError.mock.calls
  const wasReplaced = vi.isMockFunction(console.error) && console.error === consoleError
  consoleError.mockRestore()
  if (wasReplaced && calls.length > 0) {
    throw new Error(`console.error called ${calls.length}× during the test; first: ${calls[0].map(String).join(' ')}`)
  }
})
