// Link sanitizing: only http:, https: and mailto: survive, from any source.
import type { Mark } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { isAllowedHref, normalizeTypedHref, sanitizeHref } from '../../shared/editor/linkPolicy';
import { getDocumentSchema } from '../../shared/editor/schemaExtensions';

describe('sanitizeHref', () => {
  it('keeps http, https and mailto addresses as they are', () => {
    for (const href of [
      'https://www.intgovforum.org/en/content/igf-2021',
      'http://example.org/a?b=c#d',
      'HTTPS://EXAMPLE.ORG',
      'mailto:sorina@example.org',
    ]) {
      expect(sanitizeHref(href)).toBe(href);
    }
  });

  it('trims the spaces and controls browsers ignore around an address', () => {
    expect(sanitizeHref('  https://example.org \n')).toBe('https://example.org');
  });

  it('drops every other scheme, however it is spelled', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org',
      'tel:+41227916000',
      'blob:https://example.org/x',
    ]) {
      expect(sanitizeHref(href), href).toBeNull();
    }
  });

  it('drops relative, empty, malformed and non-string values', () => {
    for (const href of [
      '',
      '   ',
      '/doc/x',
      '#top',
      '//evil.example',
      'https:',
      'https://',
      'https:/x',
      'mailto:',
    ]) {
      expect(sanitizeHref(href), JSON.stringify(href)).toBeNull();
    }
    for (const value of [null, undefined, 42, {}, ['https://x.org']]) {
      expect(isAllowedHref(value)).toBe(false);
    }
  });

  it('drops addresses with control characters inside', () => {
    expect(sanitizeHref('https://exa\u0000mple.org')).toBeNull();
    expect(sanitizeHref('https://example.org/\u007f')).toBeNull();
  });
});

describe('normalizeTypedHref', () => {
  it('completes what people type', () => {
    expect(normalizeTypedHref('intgovforum.org/en')).toBe('https://intgovforum.org/en');
    expect(normalizeTypedHref('localhost:8080/x')).toBe('https://localhost:8080/x');
    expect(normalizeTypedHref('sorina@example.org')).toBe('mailto:sorina@example.org');
    expect(normalizeTypedHref(' https://example.org ')).toBe('https://example.org');
  });

  it('refuses what cannot become an allowed address', () => {
    expect(normalizeTypedHref('')).toBeNull();
    expect(normalizeTypedHref('javascript:alert(1)')).toBeNull();
    expect(normalizeTypedHref('data:text/html,x')).toBeNull();
  });
});

describe('the link mark of the shared schema', () => {
  const schema = getDocumentSchema();
  const linkType = schema.marks.link!;
  const render = (href: unknown): Record<string, unknown> => {
    const mark: Mark = linkType.create({ href });
    const spec = linkType.spec.toDOM!(mark, true) as unknown as [string, Record<string, unknown>];
    expect(spec[0]).toBe('a');
    return spec[1];
  };

  it('renders an allowed link with its address, opening safely in a new tab', () => {
    expect(render('https://example.org')).toEqual({
      href: 'https://example.org',
      target: '_blank',
      rel: 'noopener noreferrer nofollow',
    });
  });

  it('renders a disallowed link (e.g. from a remote update) without any href', () => {
    for (const href of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '']) {
      const attributes = render(href);
      expect(attributes).not.toHaveProperty('href');
      expect(attributes.rel).toBe('noopener noreferrer nofollow');
    }
  });

  it('ignores remote attempts to change target or rel', () => {
    const mark = linkType.create({ href: 'https://example.org', target: '_self', rel: 'opener' });
    const spec = linkType.spec.toDOM!(mark, true) as unknown as [string, Record<string, unknown>];
    expect(spec[1].target).toBe('_blank');
    expect(spec[1].rel).toBe('noopener noreferrer nofollow');
  });

  it('drops disallowed addresses from pasted HTML', () => {
    const rule = linkType.spec.parseDOM!.find((parseRule) => parseRule.tag === 'a[href]');
    expect(rule).toBeDefined();
    const element = (href: string) => ({
      getAttribute: (name: string) => (name === 'href' ? href : null),
    });
    const getAttrs = rule!.getAttrs as (dom: unknown) => false | null | Record<string, unknown>;
    expect(getAttrs(element('javascript:alert(1)'))).toBe(false);
    expect(getAttrs(element('https://example.org'))).not.toBe(false);
  });
});
