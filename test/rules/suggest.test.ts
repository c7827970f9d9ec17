/** "Did you mean …?": the closest known id within a typo's distance, and for options also the start of one. */
import { describe, expect, it } from 'vitest';
import { optionSuggestion, suggestion, unknownOption } from '../../src/rules/suggest.js';

describe('suggestion', () => {
  it('finds a typo: an edit, a swap of neighbours, a case difference', () => {
    expect(suggestion('reveiw', ['receive', 'review', 'return'])).toBe('review');
    expect(suggestion('dsek', ['desk', 'police'])).toBe('desk');
    expect(suggestion('submit', ['SUBMIT', 'RECEIVE'])).toBe('SUBMIT');
  });
  it('suggests nothing too far away, or the id itself', () => {
    expect(suggestion('tax-office', ['desk', 'police'])).toBeNull();
    expect(suggestion('desk', ['desk'])).toBeNull();
  });
});

describe('optionSuggestion', () => {
  it('takes the beginning of an option too, from three letters', () => {
    expect(optionSuggestion('group', ['period', 'groupBy'])).toBe('groupBy');
    expect(optionSuggestion('asof', ['period', 'asOf'])).toBe('asOf');
    expect(optionSuggestion('gr', ['groupBy'])).toBeNull();
    expect(optionSuggestion('colour', ['period', 'groupBy'])).toBeNull();
  });
});

describe('unknownOption', () => {
  it('names the first key not known, with the option it most likely means', () => {
    expect(unknownOption({ period: {}, group: [] }, ['period', 'groupBy'])).toEqual({
      key: 'group',
      suggestion: 'groupBy',
    });
    expect(unknownOption({ colour: 1 }, ['period'])).toEqual({ key: 'colour', suggestion: null });
    expect(unknownOption({ period: {} }, ['period', 'groupBy'])).toBeNull();
  });
});
