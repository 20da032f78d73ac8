// The demo sign-ins. The README and the end-to-end tests depend on these exact values: change
// them only together. Never seed these accounts on a production database.
import { Role } from '../../generated/prisma/enums'

export const DEMO_ACCOUNTS = {
  adminPusat: {
    role: Role.ADMIN_PUSAT,
    email: 'admin@bimtek.perpusnas.go.id',
    password: 'AdminPusat#2024',
    name: 'Admin Pusat Perpusnas',
  },
  operatorJabar: {
    role: Role.OPERATOR_PROVINSI,
    email: 'operator.jabar@bimtek.perpusnas.go.id',
    password: 'Operator#2024',
    name: 'Operator Provinsi Jawa Barat',
    provinceCode: '32',
  },
  operatorKaltim: {
    role: Role.OPERATOR_PROVINSI,
    email: 'operator.kaltim@bimtek.perpusnas.go.id',
    password: 'Operator#2024',
    name: 'Operator Provinsi Kalimantan Timur',
    provinceCode: '64',
  },
  /** Linked to the Trainer with the same e-mail: lead in Jawa Barat (wave 1) and support in another wave. */
  pelatih: {
    role: Role.PELATIH_AHLI,
    email: 'pelatih@bimtek.perpusnas.go.id',
    password: 'Pelatih#2024',
    name: 'Siti Rahmawati',
    homeProvinceCode: '32',
  },
  /** Linked to a Participant of the Jawa Barat cohort who passed. Typed as 081234567890. */
  peserta: {
    role: Role.PESERTA,
    phone: '+6281234567890',
    phoneAsTyped: '081234567890',
    accessCode: 'TPBIS-2024',
    name: 'Asep Saepudin',
    provinceCode: '32',
  },
} as const

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS
