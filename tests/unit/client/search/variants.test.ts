import { describe, expect, it } from 'vitest';
import { MAX_QUERIES, expandQuery, hasCompleteEnding, otherSpelling, pruneSpellings, variableWords, wordVariant } from '../../../../src/client/search/variants';

describe('otherSpelling', () => {
  it.each([
    ['deterritorialisation', 'deterritorialization'],
    ['deterritorialization', 'deterritorialisation'],
    ['organisation', 'organization'],
    ['organizations', 'organisations'],
    ['organisational', 'organizational'],
    ['individualise', 'individualize'],
    ['individualized', 'individualised'],
    ['individualising', 'individualizing'],
    ['analyse', 'analyze'],
    ['analyzed', 'analysed'],
    ['analysing', 'analyzing'],
    ['paralyse', 'paralyze'],
    ['criticise', 'criticize'],
    ['emphasise', 'emphasize'],
    ['realiser', 'realizer'],
    ['recognisable', 'recognizable'],
  ])('%s ↔ %s', (a, b) => {
    expect(otherSpelling(a)).toBe(b);
  });

  it('follows a word still being typed', () => {
    expect(otherSpelling('organis')).toBe('organiz');
    expect(otherSpelling('deterritorializa')).toBe('deterritorialisa');
    expect(otherSpelling('individualisi')).toBe('individualizi');
    expect(otherSpelling('analys')).toBe('analyz');
  });

  it.each([
    'advise',
    'advising',
    'exercise',
    'surprised',
    'otherwise',
    'enterprises',
    'compromise',
    'supervise',
    'expertise',
    'precise',
    'promised',
    'praise',
    'raise',
    'rise',
    'wise',
    'size',
    'prize',
    'seize',
    'noise',
    'franchise',
    'crisis',
    'analysis',
    'emphasis',
    'thesis',
    'basis',
    'this',
    'his',
    'is',
    'visit',
    'decision',
    'citizen',
    'horizon',
    'solidarity',
    'social',
    'work',
  ])('leaves %s alone', (w) => {
    expect(otherSpelling(w)).toBeUndefined();
  });
});

describe('wordVariant', () => {
  it('lower-cases and keeps other characters', () => {
    expect(wordVariant('Organisation’s')).toBe('organization’s');
    expect(wordVariant('re-organise')).toBe('re-organize');
    expect(wordVariant('Solidarity')).toBeUndefined();
  });
});

describe('expandQuery', () => {
  it('gives the query as typed first, then the other spelling', () => {
    expect(expandQuery('deterritorialization')).toEqual(['deterritorialization', 'deterritorialisation']);
    expect(expandQuery('  the  organisation of care ')).toEqual(['the organisation of care', 'the organization of care']);
  });

  it('leaves a query without variable words as it is', () => {
    expect(expandQuery('humpty dumpty approach')).toEqual(['humpty dumpty approach']);
    expect(expandQuery('   ')).toEqual([]);
  });

  it('mixes spellings when several words vary, up to the cap', () => {
    const out = expandQuery('organise and analyse');
    expect(out[0]).toBe('organise and analyse');
    expect(out[1]).toBe('organize and analyze');
    expect(new Set(out)).toEqual(new Set(['organise and analyse', 'organize and analyze', 'organize and analyse', 'organise and analyze']));
    const many = expandQuery('organise analyse realise mobilise criticise');
    expect(many.length).toBe(MAX_QUERIES);
    expect(many[1]).toBe('organize analyze realize mobilize criticize');
  });

  it('keeps an exact-phrase query quoted', () => {
    expect(expandQuery('"individualised services"')).toEqual(['"individualised services"', '"individualized services"']);
  });
});

describe('checking spellings against the index', () => {
  it('lists both spellings of the complete variable words', () => {
    expect(variableWords('Analyze the organisation of care')).toEqual(['analyze', 'analyse', 'organisation', 'organization']);
    expect(variableWords('"individualised services"')).toEqual(['individualised', 'individualized']);
    // A word still being typed is not checked: the index may have longer words starting so.
    expect(variableWords('organisa')).toEqual([]);
    expect(variableWords('solidarity')).toEqual([]);
  });

  it('knows complete endings from partial ones', () => {
    expect(hasCompleteEnding('organisation')).toBe(true);
    expect(hasCompleteEnding('analysed')).toBe(true);
    expect(hasCompleteEnding('organisa')).toBe(false);
    expect(hasCompleteEnding('crisis')).toBe(false);
  });

  it('drops spellings with a word the index lacks, keeping the query when none is left', () => {
    expect(pruneSpellings(['analyze', 'analyse'], new Set(['analyze']))).toEqual(['analyse']);
    expect(pruneSpellings(['"analyze data"', '"analyse data"'], new Set(['analyze']))).toEqual(['"analyse data"']);
    expect(pruneSpellings(['organise x', 'organize x'], new Set())).toEqual(['organise x', 'organize x']);
    expect(pruneSpellings(['realize', 'realise'], new Set(['realize', 'realise']))).toEqual(['realize']);
  });
});
