import type { Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/**
 * The Content-Security-Policy of the built app: everything from the app's own origin, no inline
 * script or style, no plug-ins, no framing. Sent by the preview server (`npm start`); a deployment
 * sends the same header (see docs/deployment.md).
 */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The same policy as a `<meta>` fallback in the built page, for hosts that send no header. Only a
 * header can set `frame-ancestors` (browsers ignore it in a meta tag, with a console error).
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter(
  (directive) => !directive.startsWith('frame-ancestors '),
).join('; ');

/**
 * Writes the meta policy first in the built page's head, before anything it governs. Not in
 * development, where Vite's own inline scripts need what the policy forbids.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'lodestone-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
