// A minimal zip reader for tests: enough to look inside an uploaded artifact and assert the exact
// bytes of each entry. Reads the central directory (not local headers) because streaming writers
// such as archiver put sizes in data descriptors, leaving them zero in the local headers.
import { crc32, inflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  method: number // 0 = stored, 8 = deflate
  compressedSize: number
  size: number
  crc32: number
  isDirectory: boolean
  localHeaderOffset: number
}

const END_OF_CENTRAL_DIR = 0x06054b50
const CENTRAL_DIR_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const ZIP64_MARKER = 0xffffffff
const MAX_COMMENT_LENGTH = 0xffff

export function listZipEntries(zip: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip)
  const count = zip.readUInt16LE(end + 10)
  let offset = zip.readUInt32LE(end + 16)
  if (offset === ZIP64_MARKER) throw new Error('zip64 archives are not supported by this reader')
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    const entry = readCentralDirectoryEntry(zip, offset)
    entries.push(entry.entry)
    offset = entry.next
  }
  return entries
}

export function extractZipEntry(zip: Buffer, name: string): Buffer {
  const entry = listZipEntries(zip).find(e => e.name === name)
  if (!entry) throw new Error(`zip has no entry named ${JSON.stringify(name)}`)
  return extractEntry(zip, entry)
}

// Every file entry (directories skipped) keyed by its path inside the zip.
export function extractAllZipFiles(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const entry of listZipEntries(zip)) {
    if (!entry.isDirectory) files.set(entry.name, extractEntry(zip, entry))
  }
  return files
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - MAX_COMMENT_LENGTH)
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIR) return at
  }
  throw new Error('not a zip: end of central directory record not found')
}

function readCentralDirectoryEntry(zip: Buffer, at: number): { entry: ZipEntry; next: number } {
  if (zip.readUInt32LE(at) !== CENTRAL_DIR_ENTRY) {
    throw new Error(`corrupt zip: no central directory entry at offset ${at}`)
  }
  const nameLength = zip.readUInt16LE(at + 28)
  const extraLength = zip.readUInt16LE(at + 30)
  const commentLength = zip.readUInt16LE(at + 32)
  const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
  const entry: ZipEntry = {
    name,
    method: zip.readUInt16LE(at + 10),
    crc32: zip.readUInt32LE(at + 16),
    compressedSize: zip.readUInt32LE(at + 20),
    size: zip.readUInt32LE(at + 24),
    isDirectory: name.endsWith('/'),
    localHeaderOffset: zip.readUInt32LE(at + 42)
  }
  if (entry.compressedSize === ZIP64_MARKER || entry.size === ZIP64_MARKER) {
    throw new Error(`zip64 entry ${JSON.stringify(name)} is not supported by this reader`)
  }
  return { entry, next: at + 46 + nameLength + extraLength + commentLength }
}

function extractEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset
  if (zip.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new Error(`corrupt zip: no local header for ${JSON.stringify(entry.name)}`)
  }
  const dataStart = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28)
  const raw = zip.subarray(dataStart, dataStart + entry.compressedSize)
  const bytes = decompress(raw, entry)
  // Checking size and CRC catches a fake that corrupts or truncates blocks while committing.
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc32) {
    throw new Error(`zip entry ${JSON.stringify(entry.name)} fails its size/CRC check`)
  }
  return bytes
}

function decompress(raw: Buffer, entry: ZipEntry): Buffer {
  if (entry.method === 0) return Buffer.from(raw)
  if (entry.method === 8) return inflateRawSync(raw)
  throw new Error(`zip entry ${JSON.stringify(entry.name)} uses unsupported method ${entry.method}`)
}
