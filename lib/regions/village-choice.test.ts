import { describe, expect, it } from 'vitest'
import { villageChoice } from './village-choice'

describe('villageChoice', () => {
  it('names the kecamatan in the input text and Desa or Kelurahan in the second line', () => {
    expect(villageChoice({ code: '32.01.01.2001', name: 'Sukamaju', districtName: 'Cibinong' }))
      .toEqual({ id: '32.01.01.2001', name: 'Sukamaju', textValue: 'Sukamaju, Kec. Cibinong', detail: 'Desa · Kec. Cibinong' })
    expect(villageChoice({ code: '32.01.01.1002', name: 'Pakansari', districtName: 'Cibinong' }).detail).toBe('Kelurahan · Kec. Cibinong')
  })

  it('leaves the kind out when the code does not tell it', () => {
    expect(villageChoice({ code: '32.01.01.5001', name: 'X', districtName: 'Y' }).detail).toBe('Kec. Y')
  })
})
