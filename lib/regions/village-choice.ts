// How a village reads in the participant form's village combobox. Pure.
import { villageKindLabel } from '@/lib/i18n/id'
import { villageKind } from './village-kind'

export type VillageOption = { code: string; name: string; districtName: string }

/**
 * The input shows the village with its kecamatan (the same name recurs across a regency), so typing
 * a kecamatan's name finds its villages too; the list's second line adds Desa or Kelurahan when the
 * code tells.
 */
export function villageChoice(v: VillageOption) {
  const kind = villageKind(v.code)
  const district = `Kec. ${v.districtName}`
  return { id: v.code, name: v.name, textValue: `${v.name}, ${district}`, detail: kind ? `${villageKindLabel[kind]} · ${district}` : district }
}
