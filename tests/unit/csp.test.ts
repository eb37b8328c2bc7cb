import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicyMeta,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../csp';

const directives = (policy: string) => policy.split('; ');

describe('the Content-Security-Policy', () => {
  it('has a meta fallback with every directive of the header but frame-ancestors', () => {
    expect(directives(META_CONTENT_SECURITY_POLICY)).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => d !== "frame-ancestors 'none'"),
    );
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("frame-ancestors 'none'");
  });

  it('puts the meta fallback first in the built page head', () => {
    const plugin = contentSecurityPolicyMeta();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transformIndexHtml as () => unknown;
    expect(transform()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('is the policy the deployment guide and its nginx example give', () => {
    const guide = readFileSync('docs/deployment.md', 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(guide).toContain(`\n${name}: ${value}\n`);
      const quoted = value.includes(' ') ? `"${value}"` : value;
      expect(guide).toContain(`  add_header ${name} ${quoted} always;\n`);
    }
  });
});
