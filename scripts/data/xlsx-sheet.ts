import { inflateRawSync } from 'node:zlib';

/**
 * Reads the cell texts of one sheet of an .xlsx workbook (a zip of XML parts), as a publisher's
 * table needs them: shared and inline strings and stored values; no formulas, styles or dates.
 */
export function readXlsxSheet(bytes: Uint8Array, sheetName: string): Map<string, string> {
  const parts = zipEntries(Buffer.from(bytes));
  const part = (name: string) => {
    const text = parts.get(name);
    if (text === undefined) throw new Error(`The workbook has no part ${name}`);
    return text;
  };
  const sheetTag = [...part('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)]
    .map((match) => match[0])
    .find((tag) => attribute(tag, 'name') === sheetName);
  if (!sheetTag) throw new Error(`The workbook has no sheet "${sheetName}"`);
  const relationId = attribute(sheetTag, 'r:id');
  const target = [...part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)]
    .map((match) => match[0])
    .find((tag) => attribute(tag, 'Id') === relationId);
  const path = target && attribute(target, 'Target');
  if (!path) throw new Error(`The workbook does not say where sheet "${sheetName}" is`);
  const sharedStrings = [
    ...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs),
  ].map((match) => textRuns(match[1]!));
  const cells = new Map<string, string>();
  const sheet = part(`xl/${path.replace(/^\/?xl\//, '')}`);
  for (const match of sheet.matchAll(/<c\b([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const tag = match[1]!;
    const body = match[2] ?? '';
    const ref = attribute(tag, 'r');
    if (!ref) continue;
    const type = attribute(tag, 't');
    const value = /<v>(.*?)<\/v>/s.exec(body)?.[1];
    const text =
      type === 's'
        ? sharedStrings[Number(value)]
        : type === 'inlineStr'
          ? textRuns(body)
          : value === undefined
            ? undefined
            : unescapeXml(value);
    if (text !== undefined) cells.set(ref, text);
  }
  return cells;
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : unescapeXml(value);
}

/** The text of a string item: its <t> runs joined (rich text splits one string into several). */
function textRuns(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>(.*?)<\/t>/gs)]
    .map((run) => unescapeXml(run[1]!))
    .join('');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** The text of every part of a zip archive, by name (stored or deflated parts only). */
function zipEntries(zip: Buffer): Map<string, string> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('Not an .xlsx file: no zip directory found');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new Error('Broken zip directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER)
      throw new Error(`Broken zip entry ${name}`);
    const start =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(start, start + compressedSize);
    // Images and other binary parts are not read; neither are compression methods other than these.
    if (!/\.(xml|rels)$/.test(name) || (method !== 0 && method !== 8)) continue;
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
  }
  return entries;
}
