import 'server-only'
import path from 'node:path'
import { Font } from '@react-pdf/renderer'

// The PDFs' fonts, registered once per process for every document (cards, daftar hadir): DejaVu from
// an npm package covers Indonesian names and the symbols we print.
// From the working directory, not import.meta.url: the server bundle lives elsewhere than the source.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
Font.register({
  family: 'DejaVu Sans',
  fonts: [{ src: path.join(FONT_DIR, 'DejaVuSans.ttf') }, { src: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' }],
})
Font.register({ family: 'DejaVu Sans Mono', fonts: [{ src: path.join(FONT_DIR, 'DejaVuSansMono-Bold.ttf'), fontWeight: 'bold' }] })
// No hyphens in names and codes; only a word too long for its box (never a real name) is cut.
Font.registerHyphenationCallback((word) => (word.length > 24 ? (word.match(/.{1,24}/g) ?? [word]) : [word]))

export const PDF_FONT = 'DejaVu Sans'
