// The cramp shortcut's icon (the web manifest's `shortcuts`): scripts/shortcut-cramp.svg drawn at 96 x 96 and
// 192 x 192, the sizes Android asks for. Run by `npm run icons`.
import sharp from 'sharp'

for (const size of [96, 192]) {
  await sharp('scripts/shortcut-cramp.svg', { density: 300 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(`public/shortcut-cramp-${size}x${size}.png`)
}
