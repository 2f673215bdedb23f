import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config'

// Every icon (favicon, 64/192/512, maskable 512, apple-touch 180) comes from public/favicon.svg: `npm run icons`.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1f5f8b' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1f5f8b' } },
  },
  images: ['public/favicon.svg'],
})
