/** Demo pictures drawn as SVG and rasterised by sharp: no binary files in the repository. */
import sharp from 'sharp'

import type { L } from './data/types'

export type ImageKey = 'mountains' | 'meeting' | 'farm' | 'workshop' | 'ski' | 'office'

const SCENES: Record<ImageKey, { sky: string; land: string; accent: string; alt: L }> = {
  mountains: {
    sky: '#9cc3e4',
    land: '#3d5a40',
    accent: '#f4f1ea',
    alt: {
      nn: 'Snøkledde fjell over Vinje ein klar dag',
      en: 'Snow-capped mountains above Vinje on a clear day',
    },
  },
  meeting: {
    sky: '#e8e2d6',
    land: '#7a4e2d',
    accent: '#2f5d8a',
    alt: {
      nn: 'Folk rundt eit møtebord på næringskontoret',
      en: 'People around a meeting table at the business office',
    },
  },
  farm: {
    sky: '#cfe3f0',
    land: '#6b8f3a',
    accent: '#a23b2a',
    alt: { nn: 'Raud låve på ein gard i Høydalsmo', en: 'A red barn on a farm in Høydalsmo' },
  },
  workshop: {
    sky: '#d9d4cc',
    land: '#4a4a4a',
    accent: '#e0a526',
    alt: { nn: 'Verkstad med arbeidsbenk og verktøy', en: 'Workshop with a workbench and tools' },
  },
  ski: {
    sky: '#b9d7ef',
    land: '#ffffff',
    accent: '#1f4e79',
    alt: { nn: 'Skiløpar i slalåmbakken i Rauland', en: 'A skier on the slope in Rauland' },
  },
  office: {
    sky: '#f0ede6',
    land: '#5d6d7e',
    accent: '#c0392b',
    alt: { nn: 'Kontorlandskap med datamaskiner', en: 'Open-plan office with computers' },
  },
}

function svg(key: ImageKey): string {
  const s = SCENES[key]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
  <rect width="1600" height="900" fill="${s.sky}"/>
  <polygon points="0,650 350,250 650,600 950,200 1300,620 1600,380 1600,900 0,900" fill="${s.land}"/>
  <circle cx="1350" cy="180" r="90" fill="${s.accent}"/>
  <rect x="200" y="640" width="260" height="160" fill="${s.accent}"/>
</svg>`
}

export async function demoImage(key: ImageKey) {
  const data = await sharp(Buffer.from(svg(key)))
    .jpeg({ quality: 78 })
    .toBuffer()
  return {
    file: { data, mimetype: 'image/jpeg', name: `${key}.jpg`, size: data.length },
    alt: SCENES[key].alt,
  }
}
