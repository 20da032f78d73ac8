// A QR code as one SVG path (a run of dark modules per rectangle), so a page can draw it at any size
// without injecting markup: <svg viewBox={`0 0 ${size} ${size}`}><path d={path} /></svg>.
import QRCode from 'qrcode'

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET_ZONE = 4

export function qrCodePath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size
  let path = ''
  for (let y = 0; y < n; y++) {
    let x = 0
    while (x < n) {
      if (!modules.get(y, x)) { x++; continue }
      const start = x
      while (x < n && modules.get(y, x)) x++
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`
    }
  }
  return { size: n + 2 * QUIET_ZONE, path }
}
