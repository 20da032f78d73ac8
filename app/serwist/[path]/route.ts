import { createSerwistRoute } from '@serwist/turbopack'

// Serwist's route for Turbopack builds (decision 023): at build time it bundles app/sw.ts with
// esbuild, injects the precache manifest of the build's static files and serves the result as
// /serwist/sw.js. Prerendered (force-static), so requests never rebuild it.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  useNativeEsbuild: true,
  // Only what the app's pages load: the chunks and styles of this build, the icons and the manifest.
  globPatterns: [`${(process.env.NEXT_DIST_DIR || '.next').replace(/^\.\//, '')}/static/**/*.{js,css,woff2}`, 'public/icons/*.png'],
})
