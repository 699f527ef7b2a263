import { describe, expect, it } from 'vitest';
import { shortName } from './name';

describe('shortName', () => {
  it('keeps the given name (last) and abbreviates the others', () => {
    expect(shortName('Nguyễn Văn Minh')).toBe('N. V. Minh');
    expect(shortName('  Trần   Thị Lan ')).toBe('T. T. Lan');
    expect(shortName('Đỗ Văn An')).toBe('Đ. V. An');
    expect(shortName('Minh')).toBe('Minh');
    expect(shortName('')).toBe('');
  });
});
