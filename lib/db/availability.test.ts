import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailableError } from './availability'

describe('isDatabaseUnavailableError', () => {
  it('recognises a server that is gone, going or not there yet, however it is wrapped', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 })
    expect(isDatabaseUnavailableError(refused)).toBe(true)
    expect(isDatabaseUnavailableError(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailableError(new Error('timeout exceeded when trying to connect'))).toBe(true)
    // adapter-pg's DriverAdapterError causes and Prisma's wrapping of them
    expect(isDatabaseUnavailableError({ cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1' } })).toBe(true)
    expect(isDatabaseUnavailableError({ code: 'P2039', meta: { driverAdapterError: { cause: { kind: 'postgres', originalCode: '57P01' } } } })).toBe(true)
    expect(isDatabaseUnavailableError({ code: 'P1001', message: "Can't reach database server at 127.0.0.1:5432" })).toBe(true)
    expect(isDatabaseUnavailableError({ cause: { originalCode: '57P03', message: 'the database system is starting up' } })).toBe(true)
    expect(isDatabaseUnavailableError({ cause: { originalCode: '08006' } })).toBe(true)
  })

  it('leaves errors of the query itself alone', () => {
    expect(isDatabaseUnavailableError({ code: 'P2002', meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } } })).toBe(false)
    expect(isDatabaseUnavailableError({ cause: { kind: 'postgres', originalCode: '22021' } })).toBe(false)
    expect(isDatabaseUnavailableError(new Error('Kelas tidak ditemukan.'))).toBe(false)
    expect(isDatabaseUnavailableError(undefined)).toBe(false)
  })
})
