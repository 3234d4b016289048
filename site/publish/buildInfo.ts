/**
 * What the server needs to know about a build it serves: where the build's forms post (for the
 * Content-Security-Policy). A dotfile, so it is never served.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface BuildInfo {
  publicCmsUrl?: string
}

const file = (dir: string) => path.join(dir, '.build.json')

export function writeBuildInfo(dir: string, info: BuildInfo) {
  // A new file: in a warm publish the old one is a link into the live build (publish/warm/).
  fs.rmSync(file(dir), { force: true })
  fs.writeFileSync(file(dir), JSON.stringify(info))
}

export function readBuildInfo(dir: string): BuildInfo {
  try {
    return JSON.parse(fs.readFileSync(file(dir), 'utf8')) as BuildInfo
  } catch {
    return {}
  }
}
