import 'server-only'
import { fileSlug } from '@/lib/server/http/file-response'

/** "kartu-peserta-kelas-jawa-barat.pdf": ASCII only, safe in the header without encoding. */
export const cardsFileName = (cohortName: string) => `kartu-peserta-${fileSlug(cohortName) || 'kelas'}.pdf`
