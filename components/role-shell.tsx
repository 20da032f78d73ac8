import type { ReactNode } from 'react'
import type { Role } from '@/generated/prisma/enums'
import { HOME_PATH } from '@/lib/auth/actor'
import { nav } from '@/lib/i18n/id'
import { requireActor } from '@/lib/server/auth/session'
import { AppShell, type NavItem } from './app-shell'

// Each role's navigation; later features add their entries here.
const NAV_ITEMS: Record<Role, NavItem[]> = {
  ADMIN_PUSAT: [
    { href: HOME_PATH.ADMIN_PUSAT, label: nav.dashboard },
    { href: '/admin/program', label: 'Program', within: ['/admin/gelombang', '/admin/kelas'] },
    { href: '/admin/jadwal', label: 'Jadwal nasional' },
    { href: '/admin/peserta', label: 'Peserta' },
    { href: '/admin/presensi', label: 'Presensi' },
    { href: '/admin/pelatih', label: 'Pelatih Ahli' },
    { href: '/admin/pengaturan', label: 'Pengaturan' },
  ],
  OPERATOR_PROVINSI: [
    { href: HOME_PATH.OPERATOR_PROVINSI, label: nav.dashboard },
    { href: '/provinsi/kelas', label: 'Kelas' },
    { href: '/provinsi/peserta', label: 'Peserta' },
    { href: '/provinsi/presensi', label: 'Presensi' },
  ],
  PELATIH_AHLI: [
    { href: HOME_PATH.PELATIH_AHLI, label: nav.dashboard },
    { href: '/pelatih/presensi', label: 'Presensi hari ini' },
    { href: '/pelatih/jadwal', label: 'Jadwal saya' },
    { href: '/pelatih/ketersediaan', label: 'Ketersediaan' },
  ],
  PESERTA: [{ href: HOME_PATH.PESERTA, label: nav.dashboard }],
}

/** Layout frame for a signed-in area. Pages still check permissions themselves. */
export async function RoleShell({ children, subtitle }: { children: ReactNode; subtitle?: string }) {
  const actor = await requireActor()
  return <AppShell actor={actor} items={NAV_ITEMS[actor.role]} subtitle={subtitle}>{children}</AppShell>
}
