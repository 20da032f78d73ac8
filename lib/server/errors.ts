export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION' | 'CONFLICT' | 'RATE_LIMITED'

/**
 * A record a field's error points at, for a link beside the message (the action turns it into an
 * address for the actor's role). Only ever a record the actor may read.
 */
export type FieldRef = { kind: 'participant'; id: string; name: string }

/** The one error type of the domain layer. `message` is Indonesian and safe to show to the user. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly fieldRefs?: Record<string, FieldRef>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const forbiddenError = (message = 'Anda tidak berwenang mengakses data ini.') => new AppError('FORBIDDEN', message)
export const notFoundError = (message = 'Data tidak ditemukan.') => new AppError('NOT_FOUND', message)
export const isAppError = (e: unknown, code?: AppErrorCode): e is AppError => e instanceof AppError && (!code || e.code === code)
