import { builtInModelSha256 } from 'virtual:checked-built-in-model';
import type { Model } from '../domain/model-schema';

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Models parsed from the very bytes the build checked (and rendered the default link from). */
const parsedAsChecked = new WeakSet<Model>();

/**
 * The built-in model, parsed in the page, when the fetched bytes are the ones the build checked.
 * Anything else (a proxy's rewrite, a stale cache, a page served without crypto.subtle over plain
 * http) gives null, and the file goes through the worker's full check like a reader's own file.
 */
export async function builtInModelAsChecked(
  file: Blob,
  checkedSha256: string = builtInModelSha256,
): Promise<Model | null> {
  if (!checkedSha256 || !globalThis.crypto?.subtle) return null;
  const bytes = await file.arrayBuffer();
  if (hex(await crypto.subtle.digest('SHA-256', bytes)) !== checkedSha256) return null;
  const model = JSON.parse(new TextDecoder().decode(bytes)) as Model;
  parsedAsChecked.add(model);
  return model;
}

/**
 * Whether a model is the file the build checked: only then is the page's prerendered first screen
 * (rendered from that file) a picture of it.
 */
export function isAsChecked(model: Model): boolean {
  return parsedAsChecked.has(model);
}
