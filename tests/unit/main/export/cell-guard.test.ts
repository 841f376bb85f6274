import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from '../../../../main/export/cell-guard';

describe('guardCell', () => {
  it.each([
    ['=', '=1+1'],
    ['+', '+1+cmd|"/C calc"!A0'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('puts an apostrophe before a cell beginning with %s', (_, value) => {
    expect(guardCell(value)).toBe(`'${value}`);
    expect(unguardCell(guardCell(value))).toBe(value);
  });

  it('leaves ordinary text, and the prefixes inside a cell, as they are', () => {
    for (const value of ['Ana', 'Reyes-Álvarez', 'a=b', '60614-1234', 'ana@example.org', '', ' =1']) {
      expect(guardCell(value)).toBe(value);
    }
  });

  it('leaves a phone number in E.164 usable, but guards anything else beginning with +', () => {
    expect(guardCell('+12025550143')).toBe('+12025550143');
    expect(guardCell('+447911123456')).toBe('+447911123456');
    for (const value of ['+1202555014312345', '+0123', '+1 202 555 0143', '+12025550143+1', '+']) {
      expect(guardCell(value)).toBe(`'${value}`);
    }
  });

  it('escapes apostrophes already before a formula, so reading back drops exactly one', () => {
    expect(guardCell("'=1+1")).toBe("''=1+1");
    expect(unguardCell("''=1+1")).toBe("'=1+1");
    expect(guardCell("'Ofa")).toBe("'Ofa");
    expect(unguardCell("'Ofa")).toBe("'Ofa");
  });

  it('is undone exactly by unguardCell, for any text', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '1', 'a', ' ') }),
    );
    fc.assert(fc.property(text, (value) => unguardCell(guardCell(value)) === value));
  });

  it('leaves no cell that a spreadsheet would start as a formula, apart from an E.164 number', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = guardCell(value);
        return !/^[=+\-@\t\r]/.test(cell) || /^\+[1-9]\d{1,14}$/.test(cell);
      }),
    );
  });
});
