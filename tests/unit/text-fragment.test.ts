import { describe, expect, it } from 'vitest';
import {
  directiveForSelection,
  encodeTerm,
  findTextDirective,
  formatTextDirective,
  parseTextDirective,
} from '../../src/lib/text-fragment.ts';

describe('text fragment directives', () => {
  it('percent-encode -, & and , inside terms', () => {
    expect(encodeTerm('well-known, tried & true')).toBe('well%2Dknown%2C%20tried%20%26%20true');
    expect(formatTextDirective({ prefix: 'a-b', start: 'c', end: 'd,e', suffix: 'f&g' })).toBe('text=a%2Db-,c,d%2Ce,-f%26g');
  });

  it('read back what they write', () => {
    const directive = { prefix: 'to overcome the', start: 'security', end: undefined, suffix: 'crisis. We' };
    expect(parseTextDirective(`a6:~:${formatTextDirective(directive)}`)).toEqual(directive);
    expect(parseTextDirective('a6:~:text=%E0%A4%A')).toBeUndefined();
    expect(parseTextDirective('a6')).toBeUndefined();
  });

  it('quote short selections exactly, grown to whole words', () => {
    expect(directiveForSelection('I saw a gli', 'mmer of ho', 'pe. We have', 'I saw a glimmer of hope. We have')).toEqual({
      start: 'glimmer of hope',
      end: undefined,
    });
  });

  it('link long selections by their first and last words', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve';
    expect(directiveForSelection('', words, '', words)).toEqual({ start: 'one two three four', end: 'nine ten eleven twelve' });
  });

  it('add words before and after where the quoted words occur more than once on the page', () => {
    const page = 'the security response. We must overcome the security crisis now.';
    expect(directiveForSelection('We must overcome the ', 'security', ' crisis now.', page)).toEqual({
      prefix: 'must overcome the',
      start: 'security',
      end: undefined,
      suffix: 'crisis now.',
    });
  });

  it('find the quoted words after their prefix, whole words only, ignoring case', () => {
    const text = 'The security response. To overcome the Security crisis.';
    const [from, to] = findTextDirective(text, { prefix: 'overcome the', start: 'security', suffix: 'crisis' })!;
    expect(text.slice(from, to)).toBe('Security');
    expect(from).toBe(text.lastIndexOf('Security'));
    expect(findTextDirective('insecurity', { start: 'security' })).toBeUndefined();
  });
});
