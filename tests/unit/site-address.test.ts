import { describe, expect, it } from 'vitest';
import { siteAddress, siteBase } from '../../src/site.config.ts';

describe('SITE_BASE', () => {
  it('is / at a domain’s root, and a sub-path with its slashes', () => {
    expect(siteBase(undefined)).toBe('/');
    expect(siteBase('')).toBe('/');
    expect(siteBase('/interview')).toBe('/interview/');
    expect(siteBase('/interviews/mali/')).toBe('/interviews/mali/');
  });

  it.each([
    ['//evil.example/', 'protocol-relative: every link would lead to another host'],
    ['/../x/', 'a dot segment'],
    ['/my interview/', 'a space'],
    ['/my%20interview/', 'a %-escape'],
    ['/interview//mali/', 'an empty segment'],
  ])('refuses %s (%s), naming the variable, the value and what to write', (value) => {
    expect(() => siteBase(value)).toThrow(`SITE_BASE="${value}" is not a plain path`);
    expect(() => siteBase(value)).toThrow('such as SITE_BASE=/interview/');
  });

  it('says where the missing leading slash goes', () => {
    expect(() => siteBase('interview/')).toThrow('SITE_BASE="interview/" must start with a slash: set SITE_BASE=/interview/');
  });
});

describe('SITE_URL', () => {
  it('is left unset when not given: nothing is made up', () => {
    expect(siteAddress({})).toEqual({ site: undefined, base: '/' });
    expect(siteAddress({ SITE_URL: '', SITE_BASE: '/interview/' })).toEqual({ site: undefined, base: '/interview/' });
  });

  it('at a domain’s root, is the origin, with SITE_BASE as the path', () => {
    expect(siteAddress({ SITE_URL: 'https://example.net' })).toEqual({ site: 'https://example.net', base: '/' });
    expect(siteAddress({ SITE_URL: 'https://example.net/', SITE_BASE: '/interview/' })).toEqual({
      site: 'https://example.net',
      base: '/interview/',
    });
  });

  it('with a path, keeps it: the path is where the site lives, so it is the base', () => {
    expect(siteAddress({ SITE_URL: 'https://example.net/interviews/mali/' })).toEqual({
      site: 'https://example.net',
      base: '/interviews/mali/',
    });
    expect(siteAddress({ SITE_URL: 'https://example.net/interviews/mali' })).toEqual({
      site: 'https://example.net',
      base: '/interviews/mali/',
    });
    expect(siteAddress({ SITE_URL: 'https://example.net/interviews/mali/', SITE_BASE: '/interviews/mali' })).toEqual({
      site: 'https://example.net',
      base: '/interviews/mali/',
    });
  });

  it('with a path SITE_BASE contradicts, names both and what to write', () => {
    expect(() => siteAddress({ SITE_URL: 'https://example.net/interviews/mali/', SITE_BASE: '/interview/' })).toThrow(
      'SITE_URL="https://example.net/interviews/mali/" says the site lives at /interviews/mali/, but SITE_BASE="/interview/" says /interview/: leave SITE_BASE unset (the path of SITE_URL is used), or set SITE_BASE=/interviews/mali/.',
    );
  });

  it.each([
    ['example.net', 'is not an address'],
    [' https://example.net', 'is not an address'],
    ['ftp://example.net/', 'must be an http(s) address'],
    ['https://example.net/?page=1', 'must be only the site’s address, without a user name, “?query” or “#fragment”'],
    ['https://example.net/#top', 'must be only the site’s address, without a user name, “?query” or “#fragment”'],
    ['https://me@example.net/', 'must be only the site’s address, without a user name, “?query” or “#fragment”'],
    ['https://example.net/my%20site/', 'has a path that is not plain'],
  ])('refuses %s, naming the variable, the value and what to write', (value, problem) => {
    expect(() => siteAddress({ SITE_URL: value })).toThrow(`SITE_URL="${value}" ${problem}`);
    expect(() => siteAddress({ SITE_URL: value })).toThrow('such as SITE_URL=https://interview.example.org');
  });
});
