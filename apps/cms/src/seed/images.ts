import sharp from 'sharp'

/**
 * Calm abstract artwork for demo hero images, drawn here so the seed downloads nothing and uses no
 * one else's pictures. Each article gets its own colours.
 */
const PALETTES: [string, string, string][] = [
  ['#0e5563', '#4f9aa8', '#e8f1f2'],
  ['#3d405b', '#81b29a', '#f4f1de'],
  ['#264653', '#2a9d8f', '#e9f5f3'],
  ['#5c4d7d', '#a393bf', '#f1eef6'],
  ['#1d3557', '#457b9d', '#f1faee'],
  ['#6b4e3d', '#c7a27c', '#f7f0e8'],
]

export async function heroImagePng(index: number): Promise<Buffer> {
  const [deep, mid, light] = PALETTES[index % PALETTES.length]!
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="${1150 - index * 60}" cy="420" r="300" fill="${deep}" fill-opacity="0.18"/>
    <circle cx="${1250 - index * 40}" cy="520" r="190" fill="${deep}" fill-opacity="0.28"/>
    <path d="M0 700 C 400 600, 800 820, 1600 640 L1600 900 L0 900 Z" fill="${deep}" fill-opacity="0.35"/>
  </svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
